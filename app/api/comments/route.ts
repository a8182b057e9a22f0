// The comment form's rules as an HTTP API (JSON or form-encoded), for apps and load tests: the same checks,
// answered with status codes — 201 published, 202 awaiting moderation, 400, 403, 404, 409, 413, 415, 429.
import type { NextRequest } from "next/server";
import { authSecret } from "@/lib/auth/secret";
import { clientAddress } from "@/lib/http/client-address";
import { crossOriginProblem, crossOriginRefusal } from "@/lib/http/same-origin";
import { now } from "@/lib/clock";
import { refreshArticlePages } from "@/lib/comments/refresh";
import { fieldText, readCommentFields } from "@/lib/comments/request-fields";
import { articleTakesComments } from "@/lib/comments/settings";
import { submitComment } from "@/lib/comments/submit";
import { publicArticle } from "@/lib/content/access";
import { getContent } from "@/lib/content/store";
import { getDb } from "@/lib/db/connection";
import { unlessUnavailable, UNAVAILABLE_MESSAGE } from "@/lib/db/unavailable";

export async function POST(request: NextRequest) {
  // Another site's page may not post in a reader's name; apps and scripts (no browser headers) may.
  const problem = crossOriginProblem(request.headers, { allowNonBrowser: true });
  if (problem) return crossOriginRefusal(problem);
  const read = await readCommentFields(request);
  if (!read.ok) return Response.json({ error: read.error }, { status: read.status });
  const { fields } = read;
  const at = now();
  const article = publicArticle(fieldText(fields.article), at);
  if (!article) return Response.json({ error: "No such article." }, { status: 404 });
  const result = await unlessUnavailable(async () =>
    submitComment(
      {
        articleSlug: article.slug,
        fields: { name: fields.name, email: fields.email, body: fields.body, parentId: fields.parentId || undefined },
        honeypot: fieldText(fields.website),
        token: fieldText(fields.token),
        address: clientAddress(request.headers),
      },
      {
        db: await getDb(),
        now: at,
        secret: authSecret(),
        heldWords: getContent().moderation.heldWords,
        commentsOpen: articleTakesComments(article, at),
        relaxRateLimits: process.env.COMMENT_RATE_LIMITS === "off",
      },
    ),
  );
  // The database is restarting or out of reach: say so, and when to try again, rather than a bare 500.
  if (result.kind === "unavailable")
    return Response.json({ error: UNAVAILABLE_MESSAGE }, { status: 503, headers: { "Retry-After": "30" } });
  if (result.kind === "refused")
    return Response.json({ error: result.message, fieldErrors: result.fieldErrors }, { status: result.status });
  if (result.kind === "discarded") return Response.json({ status: "pending" }, { status: 202 });
  if (result.kind === "published") refreshArticlePages([article.slug]);
  return Response.json(
    { status: result.kind, id: result.comment.id, url: `${article.path}#comment-${result.comment.id}` },
    { status: result.kind === "published" ? 201 : 202 },
  );
}
