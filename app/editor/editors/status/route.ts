// Admins disable or re-enable an editor account; the change takes effect on that editor's next request.
import type { NextRequest } from "next/server";
import { setEditorDisabled } from "@/lib/auth/editors";
import { currentEditor, unauthorized } from "@/lib/auth/guards";
import { now } from "@/lib/clock";
import { getDb } from "@/lib/db/connection";
import { seeOther, SITE_BASE } from "@/lib/http/see-other";

export async function POST(request: NextRequest) {
  const admin = await currentEditor();
  if (!admin) return unauthorized();
  if (admin.role !== "admin") return new Response("Only admins can manage editors.\n", { status: 403 });
  const form = await request.formData();
  const email = String(form.get("email") ?? "");
  const disable = form.get("disable") === "true";
  const back = new URL("/editor/editors", SITE_BASE);
  if (disable && email === admin.email) back.searchParams.set("notice", "not-yourself");
  else await setEditorDisabled(await getDb(), email, disable, now());
  return seeOther(back);
}
