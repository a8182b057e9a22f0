import { describe, expect, it } from "vitest";
import { markdownToHtml } from "./markdown";
import { readingMinutes, wordCount } from "./reading-time";

describe("markdownToHtml", () => {
  it("renders headings, quotations, lists and links", () => {
    const html = markdownToHtml('## What was agreed\n\n> "A priority," he said.\n\n- one\n- two\n\n[UN](https://www.un.org/)');
    expect(html).toContain('<h2 id="what-was-agreed">What was agreed</h2>');
    expect(html).toMatch(/<blockquote>\s*<p>"A priority," he said.<\/p>\s*<\/blockquote>/);
    expect(html).toContain("<li>one</li>");
    expect(html).toContain('<a href="https://www.un.org/">UN</a>');
  });

  it("turns a lone image into a figure with caption and credit, sized and lazy", () => {
    const html = markdownToHtml('![A portrait](/images/authors/lena-marsh.jpg "At the desk | Photo: Meridian Post")');
    expect(html).toMatch(/^<figure><img src="[^"]+" alt="A portrait" srcset="[^"]+" sizes="[^"]+" width="\d+" height="\d+" loading="lazy" decoding="async"><figcaption>At the desk <span class="credit">Photo: Meridian Post<\/span><\/figcaption><\/figure>$/);
  });

  it("offers a body image in the column's widths through next/image's optimizer", () => {
    const html = markdownToHtml("![A portrait](/images/authors/lena-marsh.jpg)");
    const srcset = html.match(/srcset="([^"]+)"/)?.[1]?.replaceAll("&#x26;", "&") ?? "";
    const candidates = srcset.split(", ").map((candidate) => candidate.split(" "));
    expect(candidates.length).toBeGreaterThan(2);
    for (const [url, width] of candidates) {
      expect(url).toMatch(/^\/_next\/image\?url=%2Fimages%2Fauthors%2Flena-marsh\.jpg&w=\d+&q=75$/);
      expect(width).toBe(`${new URLSearchParams(url!.split("?")[1]).get("w")}w`);
    }
    expect(html).toContain('sizes="(min-width: 48rem) 46rem, 100vw"');
  });

  it("leaves an image that is not the site's file as it is, lazy", () => {
    expect(markdownToHtml("![x](/images/missing.jpg)")).toBe(
      '<figure><img src="/images/missing.jpg" alt="x" loading="lazy" decoding="async"></figure>',
    );
  });

  it("keeps the headline the page's only h1", () => {
    expect(markdownToHtml("# Not a headline")).toContain("<h2");
    expect(markdownToHtml("# Not a headline")).not.toContain("<h1");
  });

  it("drops raw HTML and script links", () => {
    const html = markdownToHtml('<script>alert(1)</script>\n\n<b onclick="x()">bold</b> [click](javascript:alert(1))');
    expect(html).not.toContain("<script");
    expect(html).not.toContain("onclick");
    expect(html).not.toContain("javascript:");
  });

  it("wraps tables in a labelled, keyboard-scrollable region", () => {
    const html = markdownToHtml("| Year | Seats |\n| --- | --- |\n| 2024 | 31 |");
    expect(html).toMatch(/^<div class="table-scroll" role="region" aria-label="Table" tabindex="0"><table>/);
  });
});

describe("reading time", () => {
  it("counts words, not image syntax, and never says zero minutes", () => {
    expect(wordCount("One two ![alt text here](/a.jpg) three.")).toBe(3);
    expect(readingMinutes(10)).toBe(1);
    expect(readingMinutes(690)).toBe(3);
  });
});
