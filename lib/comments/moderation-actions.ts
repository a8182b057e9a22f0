"use server";
// The moderation queue's forms: decisions on one comment or many, and the newsroom's replies. Each checks the
// request's origin and the editor's session itself, logs who decided, and goes back to the queue with a notice.
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { requireEditor } from "../auth/guards";
import { now } from "../clock";
import { getContent } from "../content/store";
import { getDb } from "../db/connection";
import { assertSameOrigin } from "../http/same-origin";
import { decide, DECISIONS, QUEUE_STATES, replyAsNewsroom, type Decision } from "./moderation";
import { refreshArticlePages } from "./refresh";
import { LIMITS } from "./rules";

const isDecision = (value: unknown): value is Decision => DECISIONS.includes(value as Decision);

export async function moderateAction(_state: null, form: FormData): Promise<null> {
  assertSameOrigin(await headers());
  const state = QUEUE_STATES.find((candidate) => candidate === form.get("state")) ?? "pending";
  const editor = await requireEditor(`/editor/comments?state=${state}`);
  const single = /^(\w+):(\d+)$/.exec(String(form.get("single") ?? ""));
  const decision = single ? single[1] : form.get("decision");
  const ids = single ? [Number(single[2])] : form.getAll("id").map(Number).filter(Number.isInteger);
  const back = (done: string) => `/editor/comments?state=${state}&done=${encodeURIComponent(done)}`;
  if (!isDecision(decision) || ids.length === 0) redirect(back("nothing selected"));
  // The article pages are prerendered: refresh each one the decision touched, so readers see it at once.
  refreshArticlePages(await decide(await getDb(), ids, decision, editor.id, now()));
  redirect(back(`${decision} × ${ids.length}`));
}

export async function replyAction(_state: null, form: FormData): Promise<null> {
  assertSameOrigin(await headers());
  const editor = await requireEditor("/editor/comments?state=approved");
  const body = String(form.get("body") ?? "").trim();
  if (body.length < LIMITS.bodyMin || body.length > LIMITS.bodyMax)
    redirect("/editor/comments?state=approved&done=reply-length");
  const reply = await replyAsNewsroom(
    await getDb(),
    Number(form.get("parentId")),
    editor,
    body,
    getContent().site.name,
    now(),
  );
  if (!reply) redirect("/editor/comments?state=approved&done=reply-gone");
  refreshArticlePages([reply.articleSlug]);
  redirect("/editor/comments?state=approved&done=reply");
}
