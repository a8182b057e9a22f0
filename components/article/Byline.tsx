import Link from "next/link";
import type { Author } from "@/lib/content/store";

/** "By A, B and C", each name a link to the author's profile. */
export function Byline({ authors }: { authors: Author[] }) {
  return (
    <p className="byline">
      By{" "}
      {authors.map((author, i) => (
        <span key={author.slug}>
          {i > 0 && (i === authors.length - 1 ? " and " : ", ")}
          <Link href={author.path} rel="author" className="byline-author">
            {author.name}
          </Link>
        </span>
      ))}
    </p>
  );
}
