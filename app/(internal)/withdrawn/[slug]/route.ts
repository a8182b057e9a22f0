// A withdrawn article's addresses are rewritten here (next.config.ts): 410 Gone with the newsroom's notice. So is the
// address of one whose withdrawal is still to come: it answers with the article until the time, the notice after.
import { notFound, permanentRedirect } from "next/navigation";
import { now } from "@/lib/clock";
import { findArticle, getContent, isWithdrawn, sectionOf } from "@/lib/content/store";
import { articleBeforeWithdrawal } from "./before-withdrawal";
import { withdrawnNoticeHtml } from "./notice-html";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: RouteContext<"/withdrawn/[slug]">) {
  const article = findArticle((await params).slug);
  if (!article?.retracted) notFound();
  if (isWithdrawn(article, now())) {
    return new Response(withdrawnNoticeHtml(article, sectionOf(article).name, getContent().site), {
      status: 410,
      headers: {
        "Content-Type": "text/html; charset=utf-8",
        "Cache-Control": "public, s-maxage=300, stale-while-revalidate=3600",
      },
    });
  }
  // Asked for under another section: moved to its own address, as app/(internal)/moved would.
  const section = new URL(request.url).searchParams.get("section");
  if (section !== null && section !== article.section) permanentRedirect(article.path);
  return articleBeforeWithdrawal(request, article);
}
