// A reply from the newsroom, published at once under the editor's name.
import type { NextRequest } from "next/server";
import { currentEditor, unauthorized } from "@/lib/auth/guards";
import { now } from "@/lib/clock";
import { replyAsNewsroom } from "@/lib/comments/moderation";
import { LIMITS } from "@/lib/comments/rules";
import { refreshArticlePages } from "@/lib/comments/refresh";
import { getContent } from "@/lib/content/store";
import { getDb } from "@/lib/db/connection";
import { seeOther } from "@/lib/http/see-other";

export async function POST(request: NextRequest) {
  const editor = await currentEditor();
  if (!editor) return unauthorized();
  const form = await request.formData();
  const body = String(form.get("body") ?? "").trim();
  if (body.length < LIMITS.bodyMin || body.length > LIMITS.bodyMax) {
    return new Response(`A reply must be ${LIMITS.bodyMin} to ${LIMITS.bodyMax} characters.\n`, { status: 400 });
  }
  const reply = await replyAsNewsroom(await getDb(), Number(form.get("parentId")), editor, body, getContent().site.name, now());
  if (!reply) return new Response("That comment no longer exists.\n", { status: 404 });
  refreshArticlePages([reply.articleSlug]);
  return seeOther("/editor/comments?state=approved&done=reply");
}
