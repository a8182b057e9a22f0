import { CommentsSection } from "@/components/comments/CommentsSection";
import { CommentsUnavailable } from "@/components/comments/CommentsUnavailable";
import { JsonLd } from "@/components/seo/JsonLd";
import { articleAppeal } from "@/components/support/ArticleAppeal";
import type { ArticlePageProps } from "@/lib/content/article-page";
import { ArticleView } from "./ArticleView";

/** A published article as readers get it: the template with its structured data, conversation and support appeal. */
export function PublishedArticle({ page }: { page: ArticlePageProps }) {
  const { article, comments, graph, support } = page;
  return (
    <>
      {graph && <JsonLd graph={graph} />}
      <ArticleView
        page={page}
        commentCount={comments === "unavailable" ? undefined : comments?.count}
        comments={
          comments === "unavailable" ? (
            <CommentsUnavailable />
          ) : (
            comments && <CommentsSection article={article} comments={comments} />
          )
        }
        {...articleAppeal(article, support)}
      />
    </>
  );
}
