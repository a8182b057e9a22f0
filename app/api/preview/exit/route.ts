// Leaves preview: draft mode off, back to the desk.
import { draftMode } from "next/headers";
import { seeOther } from "@/lib/http/see-other";

export async function POST() {
  (await draftMode()).disable();
  return seeOther("/editor");
}
