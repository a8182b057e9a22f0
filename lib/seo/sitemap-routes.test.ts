// Article sitemaps are written once and kept: they must still change at the very instant an article comes due, a
// withdrawal takes effect or a correction's time comes, and never list a draft or a scheduled article.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";

const PHOTO = "/images/authors/lena-marsh.jpg"; // an image the repository ships

const root = vi.hoisted(() => ({ dir: "" }));
vi.mock("../content/dir", () => ({ contentDir: () => root.dir }));
vi.stubEnv("SITE_URL", "https://news.example");
vi.stubEnv("NEXT_DIST_DIR", mkdtempSync(path.join(tmpdir(), "dist-")));

const DUE = "2026-06-01T12:00:00.000Z";
const WITHDRAWN = "2026-07-01T00:00:00.000Z";
const CORRECTED = "2026-08-01T00:00:00.000Z";

function article(slug: string, fields: string[] = []) {
  return [
    "---",
    `title: Story ${slug}`,
    `slug: ${slug}`,
    "section: asia",
    "authors: [ann]",
    "standfirst: What happened.",
    "publishedAt: 2026-01-01T00:00:00+00:00",
    `hero:\n  src: ${PHOTO}\n  alt: An illustration`,
    ...fields,
    "---",
    "Text.\n",
  ].join("\n");
}

const files: Record<string, string> = {
  "site.yaml":
    "name: Test Gazette\ntagline: Testing daily\ndescription: A test paper.\nlanguage: en-GB\ntimeZone: Europe/London\n",
  "sections/asia.yaml": "slug: asia\nname: Asia\ndescription: About Asia.\norder: 1\n",
  "authors/ann.md": `---\nname: Ann Writer\nslug: ann\nrole: Reporter\nphoto:\n  src: ${PHOTO}\n  alt: Portrait\n---\nWrites.\n`,
  "articles/public.md": article("public"),
  "articles/due.md": article("due").replace("2026-01-01T00:00:00+00:00", "2026-06-01T12:00:00+00:00"),
  "articles/withdrawn.md": article("withdrawn", ["retracted:\n  at: 2026-07-01T00:00:00+00:00\n  notice: Withdrawn."]),
  "articles/corrected.md": article("corrected", ["corrections:\n  - at: 2026-08-01T00:00:00+00:00\n    text: A fix."]),
  "articles/draft.md": article("draft", ["status: draft"]),
};
root.dir = mkdtempSync(path.join(tmpdir(), "sitemaps-"));
for (const [name, text] of Object.entries(files)) {
  mkdirSync(path.dirname(path.join(root.dir, name)), { recursive: true });
  writeFileSync(path.join(root.dir, name), text);
}

const { articleSitemap: sitemapBytes } = await import("./sitemap-routes");
const articleSitemap = (part: number, now: Date) => {
  const bytes = sitemapBytes(part, now);
  return bytes && new TextDecoder().decode(bytes);
};

const at = (iso: string, deltaMs = 0) => new Date(new Date(iso).getTime() + deltaMs);
const listed = (text: string | null) =>
  [...(text ?? "").matchAll(/<loc>https:\/\/news\.example\/asia\/([^<]+)<\/loc>/g)].map((m) => m[1]).sort();

describe("article sitemaps, written once and kept", () => {
  it("list public articles only, and change at the instant a scheduled article comes due", () => {
    expect(listed(articleSitemap(1, at("2026-05-01T00:00:00Z")))).toEqual(["corrected", "public", "withdrawn"]);
    expect(listed(articleSitemap(1, at(DUE, -1)))).toEqual(["corrected", "public", "withdrawn"]);
    expect(listed(articleSitemap(1, at(DUE)))).toEqual(["corrected", "due", "public", "withdrawn"]);
  });

  it("leave a withdrawn article out from the instant of its withdrawal", () => {
    expect(listed(articleSitemap(1, at(WITHDRAWN, -1)))).toContain("withdrawn");
    expect(listed(articleSitemap(1, at(WITHDRAWN)))).toEqual(["corrected", "due", "public"]);
  });

  it("date a corrected article by its correction from the correction's time", () => {
    const entry = (text: string | null) => /<loc>[^<]+\/asia\/corrected<\/loc><lastmod>([^<]+)</.exec(text ?? "")?.[1];
    expect(entry(articleSitemap(1, at(CORRECTED, -1)))).toBe("2026-01-01T00:00:00.000Z");
    expect(entry(articleSitemap(1, at(CORRECTED)))).toBe(CORRECTED);
  });

  it("answer nothing for a part past the last", () => {
    expect(articleSitemap(2, at(CORRECTED))).toBeNull();
    expect(articleSitemap(0, at(CORRECTED))).toBeNull();
  });
});
