import { CommentsSection } from "@/components/comments/CommentsSection";
import { articleAppeal } from "@/components/support/ArticleAppeal";
import type { ArticleComments } from "@/lib/comments/page-data";
import { articlePageProps } from "@/lib/content/article-page";
import { authorsOf, getContent, sectionOf, type Article } from "@/lib/content/store";
import { articleGraph } from "@/lib/seo/json-ld";
import { siteUrl } from "@/lib/site";
import { JsonLd } from "@/components/seo/JsonLd";
import { ArticleView } from "./ArticleView";

/** A published article as readers get it: the template with its conversation and the support appeal. */
export function PublishedArticle({ article, comments, now }: { article: Article; comments: ArticleComments; now: Date }) {
  const { site, support } = getContent();
  const graph = articleGraph({ origin: siteUrl(), site }, { article, authors: authorsOf(article), section: sectionOf(article), commentCount: comments.count });
  return (
    <>
      <JsonLd graph={graph} />
      <ArticleView
      {...articlePageProps(article, now)}
      commentCount={comments.count}
      comments={<CommentsSection article={article} comments={comments} />}
      {...articleAppeal(article, support)}
      />
    </>
  );
}
