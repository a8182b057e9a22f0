// Runs before routing: moved articles answer with a permanent redirect to where they live now.
import { NextResponse, type NextRequest } from "next/server";
import { redirectTarget } from "@/lib/content/redirects";

export function proxy(request: NextRequest) {
  const target = redirectTarget(request.nextUrl.pathname, new Date());
  if (!target) return NextResponse.next();
  // Resolved against the request, so the redirect stays on whichever host and scheme the reader used.
  return NextResponse.redirect(new URL(target, request.url), 308);
}

export const config = {
  // Old addresses never point into the framework's or the images' folders.
  matcher: ["/((?!_next/|images/|favicon.ico).*)"],
};
