// Runs only where a request needs it, never in front of the readers' cached pages (see `config` below): a trailing
// slash is stripped (with an old or misplaced article address corrected in the same 308); the desk sends visitors
// without a session to sign-in early (each desk page still checks for itself); the one view after a comment posted
// without JavaScript is rewritten to show its outcome; previews are marked for search engines. Other moves are
// answered by app/misplaced, withdrawals by next.config.ts's routing table.
import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { authSecret } from "@/lib/auth/secret";
import { sessionCookie } from "@/lib/auth/cookie";
import { now } from "@/lib/clock";
import { FLASH_COOKIE, FLASH_HEADER } from "@/lib/comments/flash";
import { movedArticlePath } from "@/lib/content/canonical-path";
import { crossOriginProblem, crossOriginRefusal } from "@/lib/http/same-origin";

const DRAFT_MODE_COOKIE = "__prerender_bypass";
const ARTICLE_PATH = /^\/(?!authors\/|editor\/|api\/|preview\/)[^/]+\/[^/]+$/;

function isDeskPath(pathname: string): boolean {
  return (pathname === "/editor" || pathname.startsWith("/editor/")) && !pathname.startsWith("/editor/sign-in");
}

export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  // Posts to the desk, sign-in and previews (Server Actions) come from this site's own pages or not at all: a
  // clear 403 here, before Next's own Origin check would answer 500.
  if (request.method !== "GET" && request.method !== "HEAD") {
    const problem = crossOriginProblem(request.headers, { allowNonBrowser: false });
    if (problem) return crossOriginRefusal(problem);
  }
  if (pathname.length > 1 && pathname.endsWith("/")) {
    const withoutSlash = pathname.replace(/\/+$/, "") || "/";
    // Built on the request's URL, which Next sends back relative (same host): it stays on whichever host the reader used.
    return NextResponse.redirect(new URL((movedArticlePath(withoutSlash, now()) ?? withoutSlash) + search, request.url), 308);
  }
  // Posts (Server Actions) check the session themselves: sign-out must work with an expired one.
  if (isDeskPath(pathname) && (request.method === "GET" || request.method === "HEAD")) {
    const token = await getToken({ req: request, secret: authSecret(), cookieName: sessionCookie().name });
    if (!token) {
      const signIn = new URL("/editor/sign-in", request.url);
      signIn.searchParams.set("callbackUrl", pathname + search);
      return NextResponse.redirect(signIn, 307);
    }
  }

  // The one view after a comment posted without JavaScript: served by a dynamic twin of the cached article page.
  const flash = request.cookies.get(FLASH_COOKIE)?.value;
  if (flash && request.method === "GET" && ARTICLE_PATH.test(pathname)) {
    const headers = new Headers(request.headers);
    headers.set(FLASH_HEADER, flash);
    const rewritten = NextResponse.rewrite(new URL(`${pathname}/comment-status`, request.url), { request: { headers } });
    rewritten.cookies.delete(FLASH_COOKIE);
    return rewritten;
  }

  // Previews: draft mode on any page, or a shared link. The pages carry noindex too; this covers every response.
  const response = NextResponse.next();
  if (request.cookies.has(DRAFT_MODE_COOKIE) || pathname.startsWith("/preview/")) {
    response.headers.set("X-Robots-Tag", "noindex, nofollow");
    // same-origin, not no-referrer: a preview's address never leaves the site, yet its forms keep a real Origin
    // (under no-referrer browsers send "Origin: null", which Server Actions rightly refuse).
    response.headers.set("Referrer-Policy", "same-origin");
  }
  return response;
}

export const config = {
  // Literal values: Next reads them when it builds. "meridian.comment-flash" is FLASH_COOKIE; "__prerender_bypass"
  // is Next's draft-mode cookie.
  matcher: [
    "/((?!_next/).+)/",
    "/editor/:path*",
    "/preview/:path*",
    { source: "/:section/:slug", has: [{ type: "cookie", key: "meridian.comment-flash" }] },
    { source: "/:path*", has: [{ type: "cookie", key: "__prerender_bypass" }] },
  ],
};
