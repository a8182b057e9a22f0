// Runs before routing. Moves answer with one clean 308 (old article paths, wrong sections, "page 1", trailing
// slashes); the desk sends visitors without a session to sign-in early (each desk page still checks for itself);
// the view after a comment posted without JavaScript is rewritten to show its outcome; previews are marked noindex.
import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { authSecret } from "@/lib/auth/secret";
import { sessionCookie } from "@/lib/auth/cookie";
import { now } from "@/lib/clock";
import { FLASH_COOKIE, FLASH_HEADER } from "@/lib/comments/flash";
import { redirectTarget, retractedSlug } from "@/lib/content/redirects";

const DRAFT_MODE_COOKIE = "__prerender_bypass";
const ARTICLE_PATH = /^\/(?!authors\/|editor\/|api\/|preview\/)[^/]+\/[^/]+$/;

function isDeskPath(pathname: string): boolean {
  return (pathname === "/editor" || pathname.startsWith("/editor/")) && !pathname.startsWith("/editor/sign-in");
}

export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const withoutSlash = pathname.length > 1 && pathname.endsWith("/") ? pathname.replace(/\/+$/, "") || "/" : pathname;
  const gone = retractedSlug(withoutSlash, now());
  // A withdrawn article is gone, not missing: 410 with the newsroom's notice.
  if (gone) return NextResponse.rewrite(new URL(`/retracted/${gone}`, request.url), { status: 410 });
  const target = redirectTarget(withoutSlash, now()) ?? (withoutSlash !== pathname ? withoutSlash : null);
  // Resolved against the request, so the redirect stays on whichever host and scheme the reader used.
  if (target) return NextResponse.redirect(new URL(target + search, request.url), 308);

  if (isDeskPath(pathname)) {
    const token = await getToken({ req: request, secret: authSecret(), cookieName: sessionCookie().name });
    if (!token) {
      const signIn = new URL("/editor/sign-in", request.url);
      signIn.searchParams.set("callbackUrl", pathname + search);
      return NextResponse.redirect(signIn, 307);
    }
  }

  // The one view after a comment posted without JavaScript: served by a dynamic twin of the cached article page.
  if (request.method === "GET" && request.cookies.has(FLASH_COOKIE) && ARTICLE_PATH.test(pathname)) {
    const headers = new Headers(request.headers);
    headers.set(FLASH_HEADER, request.cookies.get(FLASH_COOKIE)!.value);
    const rewritten = NextResponse.rewrite(new URL(`${pathname}/comment-status`, request.url), { request: { headers } });
    rewritten.cookies.delete(FLASH_COOKIE);
    return rewritten;
  }

  const response = NextResponse.next();
  if (request.cookies.has(DRAFT_MODE_COOKIE) || pathname.startsWith("/preview/")) {
    response.headers.set("X-Robots-Tag", "noindex, nofollow");
    response.headers.set("Referrer-Policy", "no-referrer");
  }
  return response;
}

export const config = {
  // Nothing under the framework's or the images' folders ever moves or needs a session.
  matcher: ["/((?!_next/|images/|favicon.ico).*)"],
};
