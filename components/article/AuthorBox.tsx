import { SiteImage } from "@/components/ui/SiteImage";
import Link from "next/link";
import type { Author } from "@/lib/content/store";
import { markdownToHtml } from "@/lib/content/markdown";

/** After the article: who wrote it, with photo, bio and a link to their other work. */
export function AuthorBox({ author }: { author: Author }) {
  return (
    <aside className="author-box" aria-labelledby={`author-box-${author.slug}`}>
      <SiteImage src={author.photo.src} alt={author.photo.alt} width={96} height={96} className="author-photo" />
      <div>
        <h2 id={`author-box-${author.slug}`} className="author-box-name">
          <Link href={author.path} rel="author">
            {author.name}
          </Link>
        </h2>
        <p className="author-role">{author.role}</p>
        <div className="author-bio" dangerouslySetInnerHTML={{ __html: markdownToHtml(author.bioMarkdown) }} />
        <p>
          <Link href={author.path}>More from {author.name}</Link>
        </p>
      </div>
    </aside>
  );
}
