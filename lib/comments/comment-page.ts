// One visible comment of one public article, for the reply and report pages.
import { authSecret } from "../auth/secret";
import { findArticle, getContent, isPublic } from "../content/store";
import { getDb } from "../db/connection";
import { LIMITS, signRenderToken } from "./rules";
import { articleTakesComments } from "./settings";
import { findComment } from "./store";
import { viewComment } from "./view";

/** `forReport`: the report page stays readable for a comment that its reports have just hidden. */
export async function loadCommentPage(slug: string, id: string, now: Date, { forReport = false } = {}) {
  const article = findArticle(slug);
  if (!article || !isPublic(article, now) || !/^\d+$/.test(id)) return null;
  const comment = await findComment(await getDb(), Number(id));
  if (!comment || comment.articleSlug !== slug || comment.status !== "approved") return null;
  if (!forReport && comment.openReports >= LIMITS.reportsToHide) return null;
  const { timeZone, language } = getContent().site;
  return {
    article,
    comment: viewComment(comment, timeZone, language),
    open: articleTakesComments(article, now),
    renderToken: signRenderToken(now, authSecret()),
  };
}
