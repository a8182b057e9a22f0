// Runs only where a request needs it, never in front of the readers' cached pages (see `config` below):
// - an address that cannot be percent-decoded answers 400; a post from another site's page 403, a form that cannot
//   be read 400;
// - an image only unpublished articles show is withheld from all but editors;
// - a trailing slash is stripped, with an article's old address, its slug under the wrong section or a listing's
//   page 1 corrected in the same 308;
// - the desk sends visitors without a session to sign-in early (each page still checks) and gets a per-request CSP nonce;
// - the one view after a comment posted without JavaScript is rewritten to show its outcome;
// - previews are marked noindex and keep their address out of Referer headers; a dead shared preview link answers
//   404 with a page that says so (the preview page's own not-found would show only once JavaScript ran);
// - a search whose filters or page number cannot be read answers 400 (the page itself cannot).
// Other moves are answered by app/(internal)/moved, withdrawals by next.config.ts's routing table, the other security
// headers by next.config.ts.
import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { authSecret } from "@/lib/auth/secret";
import { sessionCookie } from "@/lib/auth/cookie";
import { now } from "@/lib/clock";
import { FLASH_COOKIE, FLASH_HEADER } from "@/lib/comments/flash";
import { movedPath } from "@/lib/content/canonical-path";
import { DEAD_PREVIEW_LINK, sharedPreview } from "@/lib/content/shared-preview";
import { isWithheldImage } from "@/lib/content/image-access";
import { ARTICLE_PATH } from "@/lib/content/reserved";
import { crossOriginProblem, crossOriginRefusal } from "@/lib/http/same-origin";
import { safeDecode } from "@/lib/safe-decode";
import { badAddressResponse, badRequestResponse, noticeResponse } from "@/lib/security/bad-address";
import { readSearchParams, SEARCH_PATH } from "@/lib/search/params";
import { contentSecurityPolicy, isHttpsOrigin, newNonce } from "@/lib/security/headers";
import { PEER_HEADER } from "@/lib/http/client-address";

const DRAFT_MODE_COOKIE = "__prerender_bypass";
const PUBLIC_API = "/api/comments";

function isEditorArea(pathname: string): boolean {
  return pathname === "/editor" || pathname.startsWith("/editor/");
}

function isDeskPath(pathname: string): boolean {
  return isEditorArea(pathname) && !pathname.startsWith("/editor/sign-in");
}

/** A signed-in editor's session cookie, checked for its signature (pages and actions re-check the account). */
async function hasSession(request: NextRequest): Promise<boolean> {
  return (await getToken({ req: request, secret: authSecret(), cookieName: sessionCookie().name })) !== null;
}

export async function proxy(request: NextRequest) {
  if (!isEditorArea(request.nextUrl.pathname)) return answer(request);
  // The desk and sign-in, rendered per request: Next reads the nonce from the request's policy and puts it on its
  // scripts; the browser enforces the response's.
  const policy = contentSecurityPolicy({ nonce: newNonce() }, { https: isHttpsOrigin(process.env.SITE_URL) });
  const response = await answer(request, policy);
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

async function answer(request: NextRequest, policy?: string) {
  const { pathname, search } = request.nextUrl;
  // Next's router would throw on these and answer 500.
  if (safeDecode(pathname) === null) return badAddressResponse();
  if (pathname === SEARCH_PATH) {
    const { problem } = readSearchParams(request.nextUrl.searchParams);
    if (problem)
      return badRequestResponse("This search cannot be run", problem, {
        href: SEARCH_PATH,
        label: "Start a new search",
      });
  }
  // Posts (Server Actions, the comments API) come from this site's own pages or not at all: a clear 403 here,
  // before Next's own Origin check would answer 500.
  if (request.method !== "GET" && request.method !== "HEAD") {
    // Scripts and apps (no browser headers) may use the public comments API; every other post is a form's.
    const problem = crossOriginProblem(request.headers, { allowNonBrowser: pathname === PUBLIC_API });
    if (problem) return crossOriginRefusal(problem);
    // The comments API reads its own bodies, with limits and reasons in JSON.
    if (pathname !== PUBLIC_API && !(await readableForm(request)))
      return badRequestResponse("This form could not be read", "What was sent is not a complete form.", {
        href: pathname,
        label: "Go back to the page",
      });
  }
  // An image only unpublished articles show, asked for by name or through the image optimizer: editors only. The
  // optimizer then fetches the file itself with a request of no headers, after the outer one was checked here; only
  // requests from outside carry the peer stamp of scripts/start.mjs.
  const image = pathname === "/_next/image" ? request.nextUrl.searchParams.get("url") : pathname;
  const fromOutside = request.headers.has(PEER_HEADER);
  if (image?.startsWith("/images/") && fromOutside && isWithheldImage(image, now()) && !(await hasSession(request))) {
    return new Response("No such image.\n", {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  }
  if (pathname.length > 1 && pathname.endsWith("/")) {
    const withoutSlash = pathname.replace(/\/+$/, "") || "/";
    // Built on the request's URL, which Next sends back relative (same host): it stays on whichever host the reader used.
    return NextResponse.redirect(new URL((movedPath(withoutSlash, now()) ?? withoutSlash) + search, request.url), 308);
  }
  // Posts (Server Actions) check the session themselves: sign-out must work with an expired one.
  if (isDeskPath(pathname) && (request.method === "GET" || request.method === "HEAD")) {
    if (!(await hasSession(request))) {
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
    const rewritten = NextResponse.rewrite(new URL(`${pathname}/comment-status`, request.url), {
      request: { headers },
    });
    rewritten.cookies.delete(FLASH_COOKIE);
    return rewritten;
  }

  const isSharedPreview = pathname.startsWith("/preview/");
  if (isSharedPreview && !sharedPreview(pathname.slice("/preview/".length), now())) {
    const dead = noticeResponse(404, DEAD_PREVIEW_LINK.heading, DEAD_PREVIEW_LINK.message, {
      href: "/",
      label: "Go to the front page",
    });
    dead.headers.set("Referrer-Policy", "no-referrer");
    return dead;
  }
  // Previews: draft mode on any page, or a shared link. The pages carry noindex too; this covers every response.
  const response = NextResponse.next(
    policy ? { request: { headers: withPolicy(request.headers, policy) } } : undefined,
  );
  if (request.cookies.has(DRAFT_MODE_COOKIE) || isSharedPreview) {
    response.headers.set("X-Robots-Tag", "noindex, nofollow");
    // A shared link is a secret: it never leaves in a Referer. An editor's preview sends one only within the site,
    // so its forms keep a real Origin (under no-referrer browsers send "Origin: null", which actions refuse).
    response.headers.set("Referrer-Policy", isSharedPreview ? "no-referrer" : "same-origin");
  }
  return response;
}

/**
 * Whether a multipart post (a form sent without JavaScript, to a Server Action) is a form that can be read: Next
 * would answer a truncated or malformed one with a 500. Read from a copy; the action reads the original.
 */
async function readableForm(request: NextRequest): Promise<boolean> {
  if (!request.headers.get("content-type")?.toLowerCase().startsWith("multipart/form-data")) return true;
  try {
    await request.clone().formData();
    return true;
  } catch {
    return false;
  }
}

function withPolicy(headers: Headers, policy: string): Headers {
  const copy = new Headers(headers);
  copy.set("Content-Security-Policy", policy);
  return copy;
}

export const config = {
  // Literal values: Next reads them when it builds. "meridian.comment-flash" is FLASH_COOKIE; "__prerender_bypass"
  // is Next's draft-mode cookie.
  matcher: [
    "/((?!_next/).+)/",
    "/editor/:path*",
    "/preview/:path*",
    "/search",
    { source: "/:section/:slug", has: [{ type: "cookie", key: "meridian.comment-flash" }] },
    { source: "/:path*", has: [{ type: "cookie", key: "__prerender_bypass" }] },
    // Any address with a percent-escape, to check that it decodes.
    "/(.*%.*)",
    // Article images, so that one only unpublished articles show stays unseen (lib/content/image-access.ts).
    "/images/articles/:path*",
    "/_next/image",
    // Posts from browsers (they always send Origin), to refuse another site's; readers' page views carry none.
    { source: "/((?!_next/).*)", has: [{ type: "header", key: "origin" }] },
    // Forms posted by anything else, to check they can be read.
    { source: "/((?!_next/).*)", has: [{ type: "header", key: "content-type", value: "multipart/form-data.*" }] },
  ],
};
