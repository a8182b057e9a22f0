// Moderation decisions from the queue, one comment or many at once; each logged with the editor and time.
import type { NextRequest } from "next/server";
import { currentEditor, unauthorized } from "@/lib/auth/guards";
import { now } from "@/lib/clock";
import { decide, DECISIONS, QUEUE_STATES, type Decision } from "@/lib/comments/moderation";
import { refreshArticlePages } from "@/lib/comments/refresh";
import { getDb } from "@/lib/db/connection";
import { seeOther, SITE_BASE } from "@/lib/http/see-other";

const isDecision = (value: unknown): value is Decision => DECISIONS.includes(value as Decision);

export async function POST(request: NextRequest) {
  const editor = await currentEditor();
  if (!editor) return unauthorized();
  const form = await request.formData();
  const single = /^(\w+):(\d+)$/.exec(String(form.get("single") ?? ""));
  const decision = single ? single[1] : form.get("decision");
  const ids = single ? [Number(single[2])] : form.getAll("id").map(Number).filter(Number.isInteger);
  const state = QUEUE_STATES.find((candidate) => candidate === form.get("state")) ?? "pending";
  const back = new URL(`/editor/comments?state=${state}`, SITE_BASE);
  if (!isDecision(decision) || ids.length === 0) {
    back.searchParams.set("done", "nothing selected");
    return seeOther(back);
  }
  // The article pages are prerendered: refresh each one the decision touched, so readers see it at once.
  refreshArticlePages(await decide(await getDb(), ids, decision, editor.id, now()));
  back.searchParams.set("done", `${decision} × ${ids.length}`);
  return seeOther(back);
}
