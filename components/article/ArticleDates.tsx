import { formatDateTime, isoInZone } from "@/lib/dates";

type Props = { publishedAt: Date; modifiedAt: Date; readingMinutes: number; timeZone: string; locale: string };

/** Labelled publication and update times in the newsroom's zone, and the reading time. */
export function ArticleDates({ publishedAt, modifiedAt, readingMinutes, timeZone, locale }: Props) {
  const updatedAt = modifiedAt.getTime() > publishedAt.getTime() ? modifiedAt : null;
  return (
    <dl className="article-dates">
      <div>
        <dt>Published</dt>
        <dd>
          <time dateTime={isoInZone(publishedAt, timeZone)}>{formatDateTime(publishedAt, timeZone, locale)}</time>
        </dd>
      </div>
      {updatedAt && (
        <div>
          <dt>Updated</dt>
          <dd>
            <time dateTime={isoInZone(updatedAt, timeZone)}>{formatDateTime(updatedAt, timeZone, locale)}</time>
          </dd>
        </div>
      )}
      <div>
        <dt>Reading time</dt>
        <dd>{readingMinutes} min read</dd>
      </div>
    </dl>
  );
}
