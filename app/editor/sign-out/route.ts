// Ends the session and any preview. A plain POST target, so the button works without JavaScript.
import { cookies, draftMode } from "next/headers";
import { NextResponse, type NextRequest } from "next/server";
import { sessionCookie } from "@/lib/auth/cookie";

export async function POST(request: NextRequest) {
  (await cookies()).delete(sessionCookie().name);
  (await draftMode()).disable();
  return NextResponse.redirect(new URL("/editor/sign-in?signed-out=1", request.url), 303);
}
