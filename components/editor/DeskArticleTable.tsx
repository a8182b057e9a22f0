import Link from "next/link";
import type { Article } from "@/lib/content/store";
import { formatDateTime, isoInZone } from "@/lib/dates";

type Props = {
  caption: string;
  articles: Article[];
  dateLabel: string;
  timeZone: string;
  locale: string;
  sectionName: (slug: string) => string;
  /** Drafts and scheduled articles can be shared with a signed link; published ones are public anyway. */
  shareable?: boolean;
  empty: string;
};

export function DeskArticleTable({
  caption,
  articles,
  dateLabel,
  timeZone,
  locale,
  sectionName,
  shareable,
  empty,
}: Props) {
  if (articles.length === 0) return <p className="desk-empty">{empty}</p>;
  return (
    <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table className="desk-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Headline</th>
            <th scope="col">Section</th>
            <th scope="col">{dateLabel}</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {articles.map((article) => (
            <tr key={article.slug}>
              <th scope="row">{article.title}</th>
              <td>{sectionName(article.section)}</td>
              <td>
                <time dateTime={isoInZone(article.publishedAt, timeZone)}>
                  {formatDateTime(article.publishedAt, timeZone, locale)}
                </time>
              </td>
              <td className="desk-actions">
                <a href={`/api/preview?slug=${encodeURIComponent(article.slug)}`}>
                  Preview<span className="visually-hidden"> “{article.title}”</span>
                </a>
                {shareable && (
                  <Link href={`/editor/share/${article.slug}`}>
                    Share link<span className="visually-hidden"> for “{article.title}”</span>
                  </Link>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
