// A later page of one public article's conversation, or null (404): one answer per request, shared by the page and
// its metadata, so a page that does not exist never names the article.
import { cache } from "react";
import { now } from "../clock";
import { publicArticleAt } from "../content/access";
import { parsePageParam } from "../pagination";
import { loadArticleComments } from "./page-data";

export const loadCommentsPage = cache(async (section: string, slug: string, page: string) => {
  const at = now();
  const article = publicArticleAt(section, slug, at);
  const number = parsePageParam(page);
  // Page 1 is the article itself.
  if (!article || !(number >= 2)) return null;
  const comments = await loadArticleComments(article, at, number);
  return number > comments.pageCount ? null : { article, number, comments };
});
