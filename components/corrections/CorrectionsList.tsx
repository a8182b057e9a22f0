import Link from "next/link";
import type { CorrectedArticle } from "@/lib/content/corrections";
import { formatDateTime, isoInZone } from "@/lib/dates";

type Props = {
  corrections: CorrectedArticle[];
  description: string;
  feedPath: string;
  timeZone: string;
  locale: string;
};

/** The corrections page: each correction with its date and a link to the article it corrects, newest first. */
export function CorrectionsList({ corrections, description, feedPath, timeZone, locale }: Props) {
  return (
    <div className="container">
      <header className="page-header">
        <h1 className="page-title">Corrections</h1>
        <p className="page-description">{description}</p>
        <p className="corrections-feed">
          <a href={feedPath}>Follow corrections by RSS</a>
        </p>
      </header>
      {corrections.length === 0 ? (
        <p>No corrections have been published.</p>
      ) : (
        <ol className="corrections-list">
          {corrections.map(({ article, correction }) => (
            <li key={`${article.slug}-${correction.at.toISOString()}`} className="corrections-item">
              <article>
                <h2 className="card-title">
                  <Link href={article.path}>{article.title}</Link>
                </h2>
                <p className="corrections-date">
                  Corrected{" "}
                  <time dateTime={isoInZone(correction.at, timeZone)}>
                    {formatDateTime(correction.at, timeZone, locale)}
                  </time>
                </p>
                <p>{correction.text}</p>
              </article>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
