import type { Author } from "@/lib/content/store";

const LABELS: Record<keyof Author["links"], string> = {
  website: "Website",
  x: "X",
  mastodon: "Mastodon",
  bluesky: "Bluesky",
  linkedin: "LinkedIn",
};

export function AuthorLinks({ author }: { author: Author }) {
  const links = (Object.keys(LABELS) as (keyof Author["links"])[]).filter((key) => author.links[key]);
  if (links.length === 0) return null;
  return (
    <ul className="author-links" aria-label={`${author.name} elsewhere`}>
      {links.map((key) => (
        <li key={key}>
          <a href={author.links[key]} rel="me noopener">
            {LABELS[key]}
          </a>
        </li>
      ))}
    </ul>
  );
}
