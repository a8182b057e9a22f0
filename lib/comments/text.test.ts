import { describe, expect, it } from "vitest";
import { commentToHtml, linkCount } from "./text";

describe("commentToHtml", () => {
  it("keeps paragraphs and line breaks", () => {
    expect(commentToHtml("First line\nsecond line\n\nNew paragraph")).toBe(
      "<p>First line<br>second line</p><p>New paragraph</p>",
    );
  });

  it("escapes markup so nothing is executed", () => {
    const html = commentToHtml('<script>alert("x")</script> <img src=x onerror=alert(1)> & "quotes"');
    expect(html).toBe(
      "<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &lt;img src=x onerror=alert(1)&gt; &amp; &quot;quotes&quot;</p>",
    );
    expect(html).not.toMatch(/<(script|img)/);
  });

  it("links web addresses with nofollow ugc noopener, leaving sentence punctuation outside", () => {
    expect(commentToHtml("See https://example.org/a?b=1&c=2.")).toBe(
      '<p>See <a href="https://example.org/a?b=1&amp;c=2" rel="nofollow ugc noopener">https://example.org/a?b=1&amp;c=2</a>.</p>',
    );
    expect(commentToHtml("(www.example.org)")).toBe(
      '<p>(<a href="https://www.example.org" rel="nofollow ugc noopener">www.example.org</a>)</p>',
    );
  });

  it("never links other schemes or breaks out of the attribute", () => {
    expect(commentToHtml("javascript:alert(1)")).toBe("<p>javascript:alert(1)</p>");
    const html = commentToHtml('https://x.org/"onmouseover="alert(1)');
    expect(html).not.toContain('"onmouseover');
    expect(html).toContain('href="https://x.org/"');
  });
});

describe("linkCount", () => {
  it("counts addresses", () => {
    expect(linkCount("no links")).toBe(0);
    expect(linkCount("one https://a.org and www.b.org")).toBe(2);
  });
});
