// A withdrawn article's addresses are rewritten here (next.config.ts): 410 Gone with the newsroom's notice.
import { notFound } from "next/navigation";
import { now } from "@/lib/clock";
import { findArticle, getContent, isWithdrawn, sectionOf } from "@/lib/content/store";
import { withdrawnNoticeHtml } from "./notice-html";

export async function GET(_request: Request, { params }: RouteContext<"/withdrawn/[slug]">) {
  const article = findArticle((await params).slug);
  if (!article || !isWithdrawn(article, now())) notFound();
  return new Response(withdrawnNoticeHtml(article, sectionOf(article).name, getContent().site), {
    status: 410,
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "public, s-maxage=300, stale-while-revalidate=3600" },
  });
}
