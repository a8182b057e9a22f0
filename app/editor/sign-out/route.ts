// Ends the session and any preview. A plain POST target, so the button works without JavaScript.
import { cookies, draftMode } from "next/headers";
import { sessionCookie } from "@/lib/auth/cookie";
import { seeOther } from "@/lib/http/see-other";

export async function POST() {
  (await cookies()).delete(sessionCookie().name);
  (await draftMode()).disable();
  return seeOther("/editor/sign-in?signed-out=1");
}
