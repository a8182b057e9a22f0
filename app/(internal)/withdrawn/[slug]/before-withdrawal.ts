// An article whose withdrawal is still to come, as the reader would get it without the rule in front of it
// (lib/content/routing.ts): this server's own answer for the article's address, passed through unchanged.
import type { Article } from "@/lib/content/load";
import { BEFORE_WITHDRAWAL_HEADER } from "@/lib/content/routing";

/** What the article page needs of the reader's request: navigation (RSC) headers, cookies, content negotiation. */
const FORWARDED = [
  "accept",
  "accept-language",
  "cookie",
  "user-agent",
  "rsc",
  "next-router-state-tree",
  "next-router-prefetch",
  "next-router-segment-prefetch",
  "next-url",
  "if-none-match",
];
/** Set again by the server that answers the reader (fetch has already decoded the body). */
const DROPPED = ["content-encoding", "content-length", "transfer-encoding", "connection", "keep-alive"];

export async function articleBeforeWithdrawal(request: Request, article: Article): Promise<Response> {
  const url = new URL(request.url);
  url.searchParams.delete("section");
  // This server's own address, as scripts/start.mjs records it (PORT for any other way of starting it).
  const self = process.env.MERIDIAN_SELF_URL ?? `http://127.0.0.1:${process.env.PORT ?? 3000}`;
  const target = new URL(article.path + url.search, self);
  const headers = new Headers({ [BEFORE_WITHDRAWAL_HEADER]: "1" });
  for (const name of FORWARDED) {
    const value = request.headers.get(name);
    if (value !== null) headers.set(name, value);
  }
  const answer = await fetch(target, { headers, redirect: "manual", cache: "no-store" });
  const passed = new Headers(answer.headers);
  for (const name of DROPPED) passed.delete(name);
  return new Response(request.method === "HEAD" ? null : answer.body, { status: answer.status, headers: passed });
}
