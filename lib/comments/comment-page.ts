// One visible comment of one public article, for the reply and report pages.
import { authSecret } from "../auth/secret";
import { publicArticleAt } from "../content/access";
import { getContent } from "../content/store";
import { getDb } from "../db/connection";
import { parseCommentId } from "./ids";
import { signRenderToken } from "./rules";
import { articleTakesComments } from "./settings";
import { findComment } from "./store";
import { viewComment } from "./view";

/** `forReport`: the report page stays readable for a comment that its reports have just hidden. */
export async function loadCommentPage(
  section: string,
  slug: string,
  id: string,
  now: Date,
  { forReport = false } = {},
) {
  const article = publicArticleAt(section, slug, now);
  const commentId = parseCommentId(id);
  if (!article || commentId === null) return null;
  const comment = await findComment(await getDb(), commentId);
  if (!comment || comment.articleSlug !== slug || comment.status !== "approved") return null;
  if (!forReport && comment.hiddenByReports) return null;
  const { timeZone, language } = getContent().site;
  return {
    article,
    comment: viewComment(comment, timeZone, language),
    open: articleTakesComments(article, now),
    renderToken: signRenderToken(now, authSecret()),
  };
}
