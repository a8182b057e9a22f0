// Turns on draft mode for a signed-in editor and goes to the article's own page: never anywhere else.
import { draftMode } from "next/headers";
import { redirect } from "next/navigation";
import type { NextRequest } from "next/server";
import { currentEditor, unauthorized } from "@/lib/auth/guards";
import { crossOriginProblem, crossOriginRefusal } from "@/lib/http/same-origin";
import { findArticle } from "@/lib/content/store";

export async function GET(request: NextRequest) {
  // It changes state (draft mode) on a GET, from the desk's links: another site cannot send an editor here.
  const problem = crossOriginProblem(request.headers, { allowNonBrowser: true });
  if (problem) return crossOriginRefusal(problem);
  if (!(await currentEditor())) return unauthorized();
  const article = findArticle(request.nextUrl.searchParams.get("slug") ?? "");
  if (!article)
    return new Response("No article has that slug.\n", {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  (await draftMode()).enable();
  redirect(article.path);
}
