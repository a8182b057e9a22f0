import Link from "next/link";
import { formatDate, isoInZone } from "@/lib/dates";
import type { SearchResultItem } from "@/lib/search/page-data";

type Props = { result: SearchResultItem; timeZone: string; locale: string };

/** One hit: headline link, section, date, authors and the passage that matched, its words in <mark>. */
export function SearchResult({ result: { article, section, authors, snippetHtml }, timeZone, locale }: Props) {
  return (
    <article className="search-result">
      <h2 className="card-title">
        <Link href={article.path} prefetch={false}>
          {article.title}
        </Link>
      </h2>
      <p className="card-meta">
        <span className="card-kicker">{section.name}</span>{" "}
        <time dateTime={isoInZone(article.publishedAt, timeZone)}>
          {formatDate(article.publishedAt, timeZone, locale)}
        </time>
        {authors.length > 0 && <> · {authors.map((author) => author.name).join(", ")}</>}
      </p>
      {/* Safe HTML: the article's text escaped, then only <mark> elements added (lib/search/snippet.ts). */}
      <p className="search-snippet" dangerouslySetInnerHTML={{ __html: snippetHtml }} />
    </article>
  );
}
