import type { Metadata } from "next";
import { PUBLIC_ROBOTS, SITE_FEEDS } from "@/lib/seo/metadata";
import { SiteImage } from "@/components/ui/SiteImage";
import Link from "next/link";
import { getContent } from "@/lib/content/store";

export const metadata: Metadata = {
  title: "Our journalists",
  description: "The reporters and editors of the newsroom.",
  alternates: { canonical: "/authors", types: SITE_FEEDS },
  robots: PUBLIC_ROBOTS,
};

export default function AuthorsIndexPage() {
  const { authors } = getContent();
  return (
    <div className="container">
      <header className="page-header">
        <h1 className="page-title">Our journalists</h1>
      </header>
      <ul className="author-grid">
        {authors.map((author) => (
          <li key={author.slug} className="author-card">
            <SiteImage src={author.photo.src} alt="" width={96} height={96} className="author-photo" />
            <div>
              <h2 className="card-title">
                <Link href={author.path}>{author.name}</Link>
              </h2>
              <p className="author-role">{author.role}</p>
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
