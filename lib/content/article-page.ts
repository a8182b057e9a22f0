// Everything the article template needs about one article, for the public page and both kinds of preview.
import { articleHtml, authorsOf, getContent, relatedArticles, sectionOf, type Article } from "./store";

export function articlePageProps(article: Article, now: Date) {
  return {
    article,
    section: sectionOf(article),
    authors: authorsOf(article),
    bodyHtml: articleHtml(article),
    related: relatedArticles(article, now),
    site: getContent().site,
  };
}
