import Link from "next/link";
import { topicPath } from "@/lib/content/tags";

/** The article's tags, each a link to its topic page. */
export function TagList({ tags }: { tags: string[] }) {
  if (tags.length === 0) return null;
  return (
    <div className="tag-list">
      <h2 className="visually-hidden">Topics</h2>
      <ul>
        {tags.map((tag) => (
          <li key={tag}>
            <Link href={topicPath(tag)} prefetch={false}>
              {tag}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
