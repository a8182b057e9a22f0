import { CommentsSection } from "@/components/comments/CommentsSection";
import { articleAppeal } from "@/components/support/ArticleAppeal";
import type { ArticleComments } from "@/lib/comments/page-data";
import { articlePageProps } from "@/lib/content/article-page";
import { getContent, type Article } from "@/lib/content/store";
import { ArticleView } from "./ArticleView";

/** A published article as readers get it: the template with its conversation and the support appeal. */
export function PublishedArticle({ article, comments, now }: { article: Article; comments: ArticleComments; now: Date }) {
  return (
    <ArticleView
      {...articlePageProps(article, now)}
      commentCount={comments.count}
      comments={<CommentsSection article={article} comments={comments} />}
      {...articleAppeal(article, getContent().support)}
    />
  );
}
