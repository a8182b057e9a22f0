import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ContentError } from "./errors";
import { loadContent, unusedTopics } from "./load";

const PHOTO = "/images/authors/lena-marsh.jpg"; // an image the repository ships

const site = `name: Test Gazette\ntagline: Testing daily\ndescription: A test paper.\nlanguage: en-GB\ntimeZone: Europe/London\n`;
const section = (slug: string, order = 1) => `slug: ${slug}\nname: ${slug.toUpperCase()}\ndescription: About ${slug}.\norder: ${order}\n`;
const author = (slug: string) => `---\nname: Ann Writer\nslug: ${slug}\nrole: Reporter\nphoto:\n  src: ${PHOTO}\n  alt: Portrait\n---\nWrites things.\n`;

type ArticleFields = Record<string, string | undefined>;
function article(fields: ArticleFields = {}, body = "## Sub\n\nText.\n"): string {
  const base: ArticleFields = {
    title: '"A headline"',
    slug: "a-headline",
    section: "asia",
    authors: "[ann]",
    standfirst: '"What happened."',
    publishedAt: "2024-05-01T08:00:00+08:00",
    hero: `\n  src: ${PHOTO}\n  alt: An illustration`,
    ...fields,
  };
  const lines = Object.entries(base).filter(([, value]) => value !== undefined).map(([key, value]) => `${key}: ${value}`);
  return `---\n${lines.join("\n")}\n---\n${body}`;
}

function contentTree(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), "content-"));
  const all = { "site.yaml": site, "sections/asia.yaml": section("asia"), "authors/ann.md": author("ann"), ...files };
  for (const [name, text] of Object.entries(all)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), text);
  }
  return root;
}

function problemsOf(files: Record<string, string>, now?: Date): string[] {
  try {
    loadContent(contentTree(files), { now });
  } catch (error) {
    if (error instanceof ContentError) return error.message.split("\n").slice(1).map((line) => line.replace(/^ {2}- /, ""));
    throw error;
  }
  return [];
}

describe("loadContent", () => {
  it("loads a valid tree, newest article first, with defaults filled in", () => {
    const root = contentTree({
      "articles/old.md": article({ slug: "old", publishedAt: "2020-01-01T00:00:00+00:00" }),
      "articles/new.md": article({ slug: "new", publishedAt: "2024-01-01T00:00:00+00:00", type: "analysis" }),
    });
    const content = loadContent(root);
    expect(content.site.name).toBe("Test Gazette");
    expect(content.articles.map((a) => a.slug)).toEqual(["new", "old"]);
    expect(content.articles[0]).toMatchObject({ path: "/asia/new", status: "published", type: "analysis", tags: [], redirectFrom: [] });
    expect(content.articles[1]?.publishedAt.toISOString()).toBe("2020-01-01T00:00:00.000Z");
    expect(content.authors[0]).toMatchObject({ slug: "ann", path: "/authors/ann", bioMarkdown: "Writes things." });
  });

  it("names the file, the field and the problem for a missing field", () => {
    expect(problemsOf({ "articles/a.md": article({ standfirst: undefined }) })).toEqual([
      expect.stringMatching(/^content-\w+\/articles\/a\.md: standfirst: .*expected string, received undefined$/),
    ]);
  });

  it.each<[string, Record<string, string>, RegExp]>([
    ["a mistyped field", { "articles/a.md": article({ authors: "ann" }) }, /articles\/a\.md: authors: .*expected array/],
    ["a misspelt field name", { "articles/a.md": article({ pubishedAt: "2024-05-01T08:00:00+08:00" }) }, /articles\/a\.md: .*pubishedAt/],
    ["an impossible date", { "articles/a.md": article({ publishedAt: "2023-02-29T08:00:00+08:00" }) }, /articles\/a\.md: publishedAt: has an impossible day/],
    ["a date without offset", { "articles/a.md": article({ publishedAt: "2023-02-20" }) }, /publishedAt: must be an ISO 8601 date and time with an offset/],
    ["an update before publication", { "articles/a.md": article({ updatedAt: "2023-01-01T08:00:00+08:00" }) }, /updatedAt: is earlier than publishedAt/],
    ["a correction without a date", { "articles/a.md": article({ corrections: '\n  - text: "A name was misspelt."' }) }, /articles\/a\.md: corrections\.0\.at: .*expected string/],
    ["a correction with an empty text", { "articles/a.md": article({ corrections: '\n  - at: "2024-05-02T08:00:00+08:00"\n    text: ""' }) }, /corrections\.0\.text: must not be empty/],
    ["a correction with an unknown field", { "articles/a.md": article({ corrections: '\n  - at: "2024-05-02T08:00:00+08:00"\n    text: x\n    by: ann' }) }, /corrections\.0: .*by/],
    ["a correction dated without offset", { "articles/a.md": article({ corrections: '\n  - at: "2024-05-02"\n    text: x' }) }, /corrections\.0\.at: must be an ISO 8601/],
    ["a correction before publication", { "articles/a.md": article({ corrections: '\n  - at: "2024-05-01T07:59:00+08:00"\n    text: x' }) }, /articles\/a\.md: corrections\.0\.at: is earlier than publishedAt/],
    ["an unknown section", { "articles/a.md": article({ section: "mars" }) }, /articles\/a\.md: section: unknown section "mars"/],
    ["an unknown author", { "articles/a.md": article({ authors: "[ann, bob]" }) }, /articles\/a\.md: authors\.1: unknown author "bob"/],
    ["an unknown type", { "articles/a.md": article({ type: "gossip" }) }, /articles\/a\.md: type: /],
    ["a missing image", { "articles/a.md": article({ hero: "\n  src: /images/nope.jpg\n  alt: x" }) }, /hero\.src: no such image: public\/images\/nope\.jpg/],
    ["a remote image", { "articles/a.md": article({ hero: "\n  src: https://example.com/x.jpg\n  alt: x" }) }, /hero\.src: must be a local image/],
    ["a missing body image", { "articles/a.md": article({}, "![x](/images/missing.jpg)") }, /articles\/a\.md: body: no such image: public\/images\/missing\.jpg/],
    ["a duplicate article slug", { "articles/a.md": article(), "articles/b.md": article() }, /articles\/b\.md: slug: duplicate article slug "a-headline", also used by .*articles\/a\.md/],
    ["a section shadowing a route", { "sections/authors.yaml": section("authors", 2) }, /sections\/authors\.yaml: slug: "authors" is reserved/],
    ["a malformed slug", { "articles/a.md": article({ slug: "Not A Slug" }) }, /articles\/a\.md: slug: must be lowercase/],
    ["broken YAML", { "articles/a.md": "---\ntitle: [unclosed\n---\nBody" }, /articles\/a\.md: invalid YAML at line 2/],
    ["no front matter", { "articles/a.md": "Just text" }, /articles\/a\.md: must start with YAML front matter/],
    ["a bad time zone", { "site.yaml": site.replace("Europe/London", "Mars/Olympus") }, /site\.yaml: timeZone: must be an IANA time zone/],
    ["a redirect onto a live article", { "articles/a.md": article(), "articles/b.md": article({ slug: "b", redirectFrom: "[/asia/a-headline]" }) }, /articles\/b\.md: redirectFrom\.0: "\/asia\/a-headline" is the address of a live article/],
    ["two spellings of one tag", { "articles/a.md": article({ tags: "[Southeast Asia]" }), "articles/b.md": article({ slug: "b", tags: "[South-East Asia]" }) }, /articles\/b\.md: tags: "South-East Asia" is spelt differently elsewhere: "Southeast Asia" \(.*articles\/a\.md\)/],
    ["a topic without a description", { "topics.yaml": "- slug: climate\n  title: Climate\n" }, /topics\.yaml: 0\.description: /],
    ["a topic with a missing image", { "topics.yaml": "- slug: climate\n  title: Climate\n  description: Heat.\n  image:\n    src: /images/nope.jpg\n    alt: x\n" }, /topics\.yaml: 0\.image\.src: no such image/],
    ["an old address a route answers", { "articles/a.md": article({ redirectFrom: "[/asia/page/2]" }) }, /redirectFrom\.0: "\/asia\/page\/2" is an address the site itself answers/],
  ])("rejects %s", (_, files, expected) => {
    expect(problemsOf(files)).toEqual(expect.arrayContaining([expect.stringMatching(expected)]));
  });

  it("accepts an old address under a section, and refuses each one the site's own routes answer", () => {
    const problems = problemsOf({ "articles/a.md": article({ redirectFrom: "[/asia/old-slug, /asia, /authors/x, /feed.xml, /asia/atom.xml]" }) });
    expect(problems.map((problem) => problem.replace(/^.*redirectFrom\.(\d).*$/, "$1"))).toEqual(["1", "2", "3", "4"]);
  });

  it("loads content/topics.yaml by slug and names the entries no article's tags lead to", () => {
    const content = loadContent(
      contentTree({
        "articles/a.md": article({ tags: "[Climate Change]" }),
        "topics.yaml": "- slug: climate-change\n  title: Climate\n  description: Heat.\n- slug: clmate\n  title: Typo\n  description: Nobody.\n",
      }),
    );
    expect(content.topics.get("climate-change")).toMatchObject({ title: "Climate", description: "Heat." });
    expect(unusedTopics(content)).toEqual(["clmate"]);
  });

  it("loads corrections oldest first, and refuses one dated in the future only when told the time", () => {
    const corrections = '\n  - at: "2024-05-03T08:00:00+08:00"\n    text: Second.\n  - at: "2024-05-02T08:00:00+08:00"\n    text: First.';
    const root = contentTree({ "articles/a.md": article({ corrections }) });
    expect(loadContent(root).articles[0]?.corrections).toEqual([
      { at: new Date("2024-05-02T00:00:00Z"), text: "First." },
      { at: new Date("2024-05-03T00:00:00Z"), text: "Second." },
    ]);
    expect(problemsOf({ "articles/a.md": article({ corrections }) }, new Date("2024-05-03T00:00:00Z"))).toEqual([]);
    expect(problemsOf({ "articles/a.md": article({ corrections }) }, new Date("2024-05-02T23:59:59Z"))).toEqual([
      expect.stringMatching(/articles\/a\.md: corrections\.0\.at: is in the future$/),
    ]);
  });

  it("reports every bad file at once, not just the first", () => {
    const problems = problemsOf({
      "articles/a.md": article({ slug: "a", section: "mars" }),
      "articles/b.md": article({ slug: "b", authors: "[nobody]" }),
    });
    expect(problems).toHaveLength(2);
  });
});
