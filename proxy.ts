// Runs before routing: moved articles answer with a permanent redirect to where they live now.
import { NextResponse, type NextRequest } from "next/server";
import { redirectTarget } from "@/lib/content/redirects";

export function proxy(request: NextRequest) {
  const target = redirectTarget(request.nextUrl.pathname, new Date());
  if (!target) return NextResponse.next();
  // A relative Location keeps the redirect on whichever host and scheme the reader used.
  return new NextResponse(null, { status: 308, headers: { Location: target } });
}

export const config = {
  // Old addresses never point into the framework's or the images' folders.
  matcher: ["/((?!_next/|images/|favicon.ico).*)"],
};
