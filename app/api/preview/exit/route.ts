// Leaves preview: draft mode off, back to the desk.
import { draftMode } from "next/headers";
import { NextResponse, type NextRequest } from "next/server";

export async function POST(request: NextRequest) {
  (await draftMode()).disable();
  return NextResponse.redirect(new URL("/editor", request.url), 303);
}
