import type { ReactNode } from "react";
import { commentCountLabel } from "@/lib/comments/view";
import type { ArticlePageProps } from "@/lib/content/article-page";
import { ArticleBody } from "./ArticleBody";
import { ArticleKicker } from "./ArticleKicker";
import { ArticleDates } from "./ArticleDates";
import { CorrectionNotes } from "./CorrectionNotes";
import { AuthorBox } from "./AuthorBox";
import { Breadcrumb } from "./Breadcrumb";
import { Byline } from "./Byline";
import { HeroFigure } from "./HeroFigure";
import { RelatedArticles } from "./RelatedArticles";
import { ShareLinks } from "./ShareLinks";
import { TagList } from "./TagList";
import { TYPE_LABEL } from "./type-label";

type Props = {
  page: Pick<
    ArticlePageProps,
    "article" | "section" | "authors" | "bodyHtml" | "related" | "site" | "corrections" | "modifiedAt" | "canonicalUrl"
  >;
  /** Published articles have a conversation; previews do not. */
  commentCount?: number;
  comments?: ReactNode;
  /** The reader-support appeal after the body, and the banner: published articles only. */
  epic?: ReactNode;
  banner?: ReactNode;
};

/** The article template: the same for readers, editors' previews and shared preview links. */
export function ArticleView({ page, commentCount, comments, epic, banner }: Props) {
  const { article, section, authors, bodyHtml, related, site, corrections, modifiedAt, canonicalUrl } = page;
  const typeLabel = TYPE_LABEL[article.type];
  return (
    <div className="article-page container">
      <Breadcrumb
        trail={[
          { name: "Home", href: "/" },
          { name: section.name, href: `/${section.slug}` },
          { name: article.title, href: article.path },
        ]}
      />
      <article className="article" aria-labelledby="article-title">
        <header className="article-header">
          <ArticleKicker typeLabel={typeLabel} topic={article.tags[0]} />
          <h1 id="article-title" className="article-title">
            {article.title}
          </h1>
          <p className="article-standfirst">{article.standfirst}</p>
          <CorrectionNotes corrections={corrections} timeZone={site.timeZone} locale={site.language} />
          <Byline authors={authors} />
          <ArticleDates
            publishedAt={article.publishedAt}
            modifiedAt={modifiedAt}
            readingMinutes={article.readingMinutes}
            timeZone={site.timeZone}
            locale={site.language}
          />
          {commentCount !== undefined && (
            <p className="article-comment-link">
              <a href="#comments">{commentCountLabel(commentCount)}</a>
            </p>
          )}
          <ShareLinks url={canonicalUrl} title={article.title} />
        </header>
        <HeroFigure image={article.hero} />
        <ArticleBody html={bodyHtml} />
        {epic}
        <footer className="article-footer">
          <TagList tags={article.tags} />
          {authors.map((author) => (
            <AuthorBox key={author.slug} author={author} />
          ))}
        </footer>
      </article>
      {comments}
      <RelatedArticles articles={related} timeZone={site.timeZone} locale={site.language} />
      {banner}
    </div>
  );
}
