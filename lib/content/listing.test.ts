// The listing model over a small content tree: every kind, page bounds, and what a listing holds before and after a
// scheduled article's time.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";

const PHOTO = "/images/authors/lena-marsh.jpg"; // an image the repository ships

const root = vi.hoisted(() => ({ dir: "" }));
vi.mock("./dir", () => ({ contentDir: () => root.dir }));

function article(slug: string, fields: Record<string, string>) {
  const all: Record<string, string> = {
    title: `"Story ${slug}"`,
    slug,
    section: "asia",
    authors: "[ann]",
    standfirst: '"What happened."',
    hero: `\n  src: ${PHOTO}\n  alt: An illustration`,
    ...fields,
  };
  return `---\n${Object.entries(all).map(([key, value]) => `${key}: ${value}`).join("\n")}\n---\nText.\n`;
}

const day = (n: number) => new Date(Date.UTC(2024, 0, 1 + n, 8)).toISOString();
const files: Record<string, string> = {
  "site.yaml": "name: Test Gazette\ntagline: Testing daily\ndescription: A test paper.\nlanguage: en-GB\ntimeZone: Europe/London\n",
  "sections/asia.yaml": "slug: asia\nname: Asia\ndescription: About Asia.\norder: 1\n",
  "sections/europe.yaml": "slug: europe\nname: Europe\ndescription: About Europe.\norder: 2\n",
  "authors/ann.md": `---\nname: Ann Writer\nslug: ann\nrole: Reporter\nphoto:\n  src: ${PHOTO}\n  alt: Portrait\n---\nWrites.\n`,
  "authors/bob.md": `---\nname: Bob Writer\nslug: bob\nrole: Editor\nphoto:\n  src: ${PHOTO}\n  alt: Portrait\n---\nEdits.\n`,
  "topics.yaml": "- slug: climate\n  title: Climate crisis\n  description: Heat, floods and what is done about them.\n",
  // Twenty public climate stories on days 1…20, across two sections; one more due on day 40.
  ...Object.fromEntries(
    Array.from({ length: 20 }, (_, i) => [
      `articles/climate-${i + 1}.md`,
      article(`climate-${i + 1}`, {
        publishedAt: day(i + 1),
        section: i % 2 ? "europe" : "asia",
        tags: i === 0 ? "[Climate, Mekong]" : "[Climate]",
      }),
    ]),
  ),
  "articles/climate-due.md": article("climate-due", { publishedAt: day(40), tags: "[Climate, Coming Soon]" }),
  "articles/mekong-old.md": article("mekong-old", { publishedAt: day(0), tags: "[Mekong]", authors: "[bob]" }),
  "articles/draft.md": article("draft", { publishedAt: day(5), status: "draft", tags: "[Secret Plan, Climate]" }),
};

root.dir = mkdtempSync(path.join(tmpdir(), "listing-"));
for (const [name, text] of Object.entries(files)) {
  mkdirSync(path.dirname(path.join(root.dir, name)), { recursive: true });
  writeFileSync(path.join(root.dir, name), text);
}

const { findListing, laterPageParams, listingKeys, listingPage, listingPagePath, listingPageTitle, topicListings } =
  await import("./listing");
const { listingPageMetadata } = await import("./listing-page");
const { findArticle, relatedArticles } = await import("./store");

const before = new Date(day(30));
const after = new Date(day(41));
const slugs = (articles: { slug: string }[]) => articles.map((a) => a.slug);

describe("a section listing", () => {
  it("knows its words, addresses and public articles, newest first", () => {
    const listing = findListing("section", "asia", before)!;
    expect(listing).toMatchObject({ kind: "section", name: "Asia", title: "Asia", description: "About Asia." });
    expect(listing.path).toBe("/asia");
    expect(listing.feeds).toEqual({ rss: "/asia/feed.xml", atom: "/asia/atom.xml" });
    expect(slugs(listing.articles)).toEqual(["climate-19", "climate-17", "climate-15", "climate-13", "climate-11", "climate-9", "climate-7", "climate-5", "climate-3", "climate-1", "mekong-old"]);
    expect(findListing("section", "africa", before)).toBeNull();
  });
});

describe("an author listing", () => {
  it("is titled with name and role and lists only their public articles", () => {
    const listing = findListing("author", "bob", before)!;
    expect(listing).toMatchObject({ title: "Bob Writer, Editor", description: "Articles by Bob Writer, Editor.", path: "/authors/bob" });
    expect(slugs(listing.articles)).toEqual(["mekong-old"]);
    expect(listingPageTitle(listing, 1)).toBe("Bob Writer, Editor");
    expect(listingPageTitle(listing, 2)).toBe("Bob Writer, page 2");
    expect(findListing("author", "nobody", before)).toBeNull();
  });
});

describe("a topic listing", () => {
  it("takes its words from topics.yaml and holds every public article with the tag, whatever the section", () => {
    const listing = findListing("topic", "climate", before)!;
    expect(listing).toMatchObject({ kind: "topic", name: "Climate crisis", path: "/topics/climate", indexable: true });
    expect(listing.description).toBe("Heat, floods and what is done about them.");
    expect(listing.feeds.atom).toBe("/topics/climate/atom.xml");
    expect(listing.articles).toHaveLength(20);
    expect(slugs(listing.articles)).not.toContain("draft");
    expect(slugs(listing.articles)).not.toContain("climate-due");
  });

  it("is named after the tag as written when topics.yaml says nothing, and a topic of one article is not indexable", () => {
    const listing = findListing("topic", "mekong", before)!;
    expect(listing.name).toBe("Mekong");
    expect(listing.description).toBe("The latest from Test Gazette on Mekong.");
    expect(listing.indexable).toBe(true);
    expect(slugs(listing.articles)).toEqual(["climate-1", "mekong-old"]);
    expect(findListing("topic", "coming-soon", after)!.indexable).toBe(false);
  });

  it("does not exist for unknown tags, tags only drafts carry, or scheduled tags before their time", () => {
    expect(findListing("topic", "nothing", before)).toBeNull();
    expect(findListing("topic", "secret-plan", before)).toBeNull();
    expect(findListing("topic", "coming-soon", before)).toBeNull();
    expect(listingPageMetadata("topic", "secret-plan", 1, before)).toEqual({});
    expect(findListing("topic", "coming-soon", after)!.articles.map((a) => a.slug)).toEqual(["climate-due"]);
  });

  it("is listed in topicListings only while public, most articles first", () => {
    expect(topicListings(before).map((t) => t.key)).toEqual(["climate", "mekong"]);
    expect(topicListings(after).map((t) => t.key)).toEqual(["climate", "mekong", "coming-soon"]);
  });
});

describe("pages of a listing", () => {
  it("are 20 a page, with no page 0 and none past the last", () => {
    const listing = findListing("topic", "climate", before)!;
    expect(listingPage(listing, 1)!.items).toHaveLength(20);
    expect(listingPage(listing, 1)!.pageCount).toBe(1);
    expect(listingPage(listing, 0)).toBeNull();
    expect(listingPage(listing, 2)).toBeNull();
    expect(listingPage(listing, Number.NaN)).toBeNull();
    const later = findListing("topic", "climate", after)!;
    expect(slugs(listingPage(later, 2)!.items)).toEqual(["climate-1"]);
    expect(listingPagePath(later, 1)).toBe("/topics/climate");
    expect(listingPagePath(later, 2)).toBe("/topics/climate/page/2");
  });

  it("are built ahead for scheduled articles, and never for drafts", () => {
    expect(laterPageParams("topic", before)).toEqual([{ key: "climate", number: "2" }]);
    expect(laterPageParams("section", before)).toEqual([]);
    expect(listingKeys("topic", before).sort()).toEqual(["climate", "coming-soon", "mekong"]);
    expect(listingKeys("section", before)).toEqual(["asia", "europe"]);
    expect(listingKeys("author", before)).toEqual(["ann", "bob"]);
  });

  it("say noindex in their metadata for a topic of one article, and carry RSS and Atom", () => {
    const metadata = listingPageMetadata("topic", "coming-soon", 1, after);
    expect(metadata.robots).toEqual({ index: false, follow: true });
    expect(metadata.alternates?.types).toMatchObject({
      "application/rss+xml": [{ url: "/topics/coming-soon/feed.xml" }],
      "application/atom+xml": [{ url: "/topics/coming-soon/atom.xml" }],
    });
    expect(listingPageMetadata("topic", "climate", 2, after).title).toBe("Climate crisis, page 2");
  });
});

describe("related articles", () => {
  it("rank a rare shared tag above a common one, newest first among equals, never itself or unpublished", () => {
    const first = findArticle("climate-1")!;
    const related = relatedArticles(first, before, 3);
    expect(slugs(related)).toEqual(["mekong-old", "climate-20", "climate-19"]);
    const all = relatedArticles(first, before, 50);
    expect(slugs(all)).not.toContain("climate-1");
    expect(slugs(all)).not.toContain("climate-due");
    expect(slugs(all)).not.toContain("draft");
  });
});
