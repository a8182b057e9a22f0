// Whether an article takes comments now, from its front matter and the site's settings.
import { getContent, type Article } from "../content/store";
import { commentsOpen } from "./rules";

export function articleTakesComments(article: Article, now: Date): boolean {
  return commentsOpen(article, getContent().site.comments.closeAfterDays, now);
}
