import type { ArticlePageProps } from "@/lib/content/article-page";
import { ArticleView } from "./ArticleView";
import { PreviewBar } from "./PreviewBar";

type Props = {
  page: ArticlePageProps;
  /** Draft mode can be left; a shared link has an expiry instead. */ expiresAt?: Date;
};

/** An unpublished article exactly as it will look, under the bar that says it is not public. No comments, no appeal. */
export function ArticlePreview({ page, expiresAt }: Props) {
  const { article, site } = page;
  return (
    <>
      <PreviewBar
        status={article.status === "draft" ? "draft" : "scheduled"}
        publishedAt={article.publishedAt}
        timeZone={site.timeZone}
        locale={site.language}
        exitable={!expiresAt}
        path={article.path}
        expiresAt={expiresAt}
      />
      <ArticleView page={page} />
    </>
  );
}
