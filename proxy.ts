// Runs before routing so that every move is one clean 308: old article paths, wrong sections, "page 1" and trailing slashes.
import { NextResponse, type NextRequest } from "next/server";
import { redirectTarget } from "@/lib/content/redirects";

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const withoutSlash = pathname.length > 1 && pathname.endsWith("/") ? pathname.replace(/\/+$/, "") || "/" : pathname;
  const target = redirectTarget(withoutSlash, new Date()) ?? (withoutSlash !== pathname ? withoutSlash : null);
  if (!target) return NextResponse.next();
  // Resolved against the request, so the redirect stays on whichever host and scheme the reader used.
  return NextResponse.redirect(new URL(target + search, request.url), 308);
}

export const config = {
  // Nothing under the framework's or the images' folders ever moves.
  matcher: ["/((?!_next/|images/|favicon.ico).*)"],
};
