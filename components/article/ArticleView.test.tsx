// The article views rendered from a fixture: what a reader gets, with no content store behind them.
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { fixtureArticle, fixturePage } from "./article-fixture";
import { ArticlePreview } from "./ArticlePreview";
import { ArticleView } from "./ArticleView";
import { PublishedArticle } from "./PublishedArticle";

// next/font needs Next's compiler; the class name is all the view uses.

describe("ArticleView", () => {
  it("shows the headline once, the standfirst, byline, body, tags and related articles", () => {
    const html = renderToStaticMarkup(<ArticleView page={fixturePage()} />);
    expect(html.match(/<h1/g)).toHaveLength(1);
    expect(html).toContain("Bridges reopen after the flood</h1>");
    expect(html).toContain("Three crossings carry traffic again.");
    expect(html).toContain('href="/authors/ada"');
    expect(html).toContain("<p>The <em>river</em> fell overnight.</p>");
    expect(html).toContain("Transport");
    expect(html).toContain('href="/city/ferries-return"');
    expect(html).toContain('<nav aria-label="Breadcrumb"');
  });

  it("shows each correction, dated, under the standfirst, and the update time it gives", () => {
    const at = new Date("2026-03-03T10:00:00Z");
    const page = fixturePage({ corrections: [{ at, text: "The bridge is 40 metres long." }], modifiedAt: at });
    const html = renderToStaticMarkup(<ArticleView page={page} />);
    expect(html).toMatch(
      /<p class="article-correction" role="note"><strong[^>]*>Correction<\/strong> <time dateTime="2026-03-03T10:00:00\+00:00">3 March 2026 at 10:00<\/time>.*The bridge is 40 metres long\.<\/span><\/p>/,
    );
    expect(html.indexOf("Three crossings")).toBeLessThan(html.indexOf("Correction<"));
    expect(html).toMatch(/<dt>Updated<\/dt><dd><time dateTime="2026-03-03T10:00:00\+00:00">/);
    const plain = renderToStaticMarkup(<ArticleView page={fixturePage()} />);
    expect(plain).not.toContain("article-correction");
    expect(plain).not.toContain("Updated");
  });

  it("offers an email link with the headline and canonical address, and no script-only control before hydration", () => {
    const html = renderToStaticMarkup(<ArticleView page={fixturePage()} />);
    expect(html).toContain('role="group" aria-label="Share this article"');
    expect(html).toContain(
      'href="mailto:?subject=Bridges%20reopen%20after%20the%20flood&amp;body=https%3A%2F%2Fnews.example%2Fcity%2Fbridges-reopen"',
    );
    expect(html).not.toContain("<button");
    expect(html).not.toContain('role="status"');
  });

  it("labels opinion pieces, then links the first topic above the headline; news gets the topic alone", () => {
    const opinion = renderToStaticMarkup(
      <ArticleView
        page={fixturePage({ article: fixtureArticle({ type: "opinion", tags: ["Flood Defences", "Rivers"] }) })}
      />,
    );
    expect(opinion).toContain(
      'class="article-kicker">Opinion<span aria-hidden="true"> · </span><a href="/topics/flood-defences">Flood Defences</a>',
    );
    const news = renderToStaticMarkup(
      <ArticleView page={fixturePage({ article: fixtureArticle({ tags: ["Rivers"] }) })} />,
    );
    expect(news).toContain('class="article-kicker"><a href="/topics/rivers">Rivers</a></p>');
    const untagged = renderToStaticMarkup(
      <ArticleView page={fixturePage({ article: fixtureArticle({ tags: [] }) })} />,
    );
    expect(untagged).not.toContain("article-kicker");
  });

  it("links every tag to its topic page", () => {
    const html = renderToStaticMarkup(
      <ArticleView page={fixturePage({ article: fixtureArticle({ tags: ["South China Sea", "Trade"] }) })} />,
    );
    expect(html).toContain('<li><a href="/topics/south-china-sea">South China Sea</a></li>');
    expect(html).toContain('<li><a href="/topics/trade">Trade</a></li>');
  });
});

describe("PublishedArticle", () => {
  it("adds the structured data, safely serialised, and the conversation with its count", () => {
    const html = renderToStaticMarkup(<PublishedArticle page={fixturePage()} />);
    expect(html).toContain('<script type="application/ld+json">');
    expect(html).not.toContain("</script><b>");
    expect(html).toContain('<a href="#comments">2 comments</a>');
    expect(html).toContain('id="comments"');
    expect(html).toContain("Comments are closed.");
  });
});

describe("ArticlePreview", () => {
  it("puts the preview bar above the template, with no comments and no structured data", () => {
    const page = fixturePage({ article: fixtureArticle({ status: "draft" }), comments: null, graph: null });
    const html = renderToStaticMarkup(<ArticlePreview page={page} />);
    expect(html).toMatch(/Preview/);
    expect(html.indexOf("Preview")).toBeLessThan(html.indexOf("<h1"));
    expect(html).not.toContain('id="comments"');
    expect(html).not.toContain("application/ld+json");
  });
});
