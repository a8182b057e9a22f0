import Link from "next/link";
import { topicPath } from "@/lib/content/tags";

/** Above the headline: the type label where there is one (Opinion, Analysis), then the first topic as a link. */
export function ArticleKicker({ typeLabel, topic }: { typeLabel: string | null; topic: string | undefined }) {
  if (!typeLabel && !topic) return null;
  return (
    <p className="article-kicker">
      {typeLabel}
      {typeLabel && topic && <span aria-hidden="true"> · </span>}
      {topic && (
        <Link href={topicPath(topic)} prefetch={false}>
          {topic}
        </Link>
      )}
    </p>
  );
}
