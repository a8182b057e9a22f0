import type { Correction } from "@/lib/content/corrections";
import { formatDateTime, isoInZone } from "@/lib/dates";

type Props = { corrections: Correction[]; timeZone: string; locale: string };

/** The dated corrections under the standfirst, oldest first: what was wrong and when it was put right. */
export function CorrectionNotes({ corrections, timeZone, locale }: Props) {
  if (corrections.length === 0) return null;
  return (
    <div className="article-corrections">
      {corrections.map((correction) => (
        <p key={correction.at.toISOString()} className="article-correction" role="note">
          <strong className="article-correction-label">Correction</strong>{" "}
          <time dateTime={isoInZone(correction.at, timeZone)}>{formatDateTime(correction.at, timeZone, locale)}</time>
          <span className="visually-hidden">:</span> <span className="article-correction-text">{correction.text}</span>
        </p>
      ))}
    </div>
  );
}
