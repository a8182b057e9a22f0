// RSS 2.0 and Atom feeds of the latest articles. Pure: the caller passes articles (public only) and the origin.
import { modifiedAt, type CorrectedArticle } from "../content/corrections";
import type { Article, Author } from "../content/store";
import { xml, XML_HEADER } from "./xml";

export const FEED_SIZE = 50;

export type FeedInput = {
  title: string;
  description: string;
  /** The page the feed follows, and the feed's own address, both absolute. */
  pageUrl: string;
  feedUrl: string;
  language: string;
  origin: string;
  articles: Article[];
  authorsOf: (article: Article) => Author[];
  sectionName: (article: Article) => string;
  now: Date;
};

const abs = (origin: string, path: string) => new URL(path, `${origin}/`).toString();

/** When the feed last changed: its newest article's update or publication, or now for an empty feed. */
function lastChanged(input: FeedInput): Date {
  const newest = input.articles[0];
  return newest ? modifiedAt(newest, input.now) : input.now;
}

export function rssFeed(input: FeedInput): string {
  const items = input.articles.slice(0, FEED_SIZE).map((article) => {
    const url = abs(input.origin, article.path);
    return [
      "<item>",
      `<title>${xml(article.title)}</title>`,
      `<link>${xml(url)}</link>`,
      `<guid isPermaLink="true">${xml(url)}</guid>`,
      `<description>${xml(article.standfirst)}</description>`,
      `<pubDate>${article.publishedAt.toUTCString()}</pubDate>`,
      ...input.authorsOf(article).map((author) => `<dc:creator>${xml(author.name)}</dc:creator>`),
      `<category>${xml(input.sectionName(article))}</category>`,
      ...article.tags.map((tag) => `<category>${xml(tag)}</category>`),
      `<enclosure url="${xml(abs(input.origin, article.hero.src))}" type="image/jpeg" length="0"/>`,
      "</item>",
    ].join("");
  });
  return rssChannel(input, lastChanged(input), items);
}

type Channel = Pick<FeedInput, "title" | "description" | "pageUrl" | "feedUrl" | "language">;

/** The RSS 2.0 document around items already written: every RSS feed of the site goes through here. */
function rssChannel(channel: Channel, updated: Date, items: string[]): string {
  return (
    XML_HEADER +
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>' +
    `<title>${xml(channel.title)}</title><link>${xml(channel.pageUrl)}</link><description>${xml(channel.description)}</description>` +
    `<language>${xml(channel.language)}</language><lastBuildDate>${updated.toUTCString()}</lastBuildDate>` +
    `<atom:link href="${xml(channel.feedUrl)}" rel="self" type="application/rss+xml"/>` +
    items.join("") +
    "</channel></rss>\n"
  );
}

export type CorrectionsFeedInput = Channel & { origin: string; corrections: CorrectedArticle[]; now: Date };

/** The corrections feed: one item per correction (pass those in effect on public articles, newest first). */
export function correctionsRss(input: CorrectionsFeedInput): string {
  const items = input.corrections.slice(0, FEED_SIZE).map(({ article, correction }) => {
    const url = abs(input.origin, article.path);
    return [
      "<item>",
      `<title>${xml(`Correction: ${article.title}`)}</title>`,
      `<link>${xml(url)}</link>`,
      // One article may be corrected more than once: the item is the correction, named by its time.
      `<guid isPermaLink="false">${xml(`${url}#correction-${correction.at.toISOString()}`)}</guid>`,
      `<description>${xml(correction.text)}</description>`,
      `<pubDate>${correction.at.toUTCString()}</pubDate>`,
      "</item>",
    ].join("");
  });
  return rssChannel(input, input.corrections[0]?.correction.at ?? input.now, items);
}

export function atomFeed(input: FeedInput): string {
  const entries = input.articles.slice(0, FEED_SIZE).map((article) => {
    const url = abs(input.origin, article.path);
    return [
      "<entry>",
      `<title>${xml(article.title)}</title>`,
      `<link rel="alternate" type="text/html" href="${xml(url)}"/>`,
      `<id>${xml(url)}</id>`,
      `<published>${article.publishedAt.toISOString()}</published>`,
      `<updated>${modifiedAt(article, input.now).toISOString()}</updated>`,
      ...input
        .authorsOf(article)
        .map(
          (author) =>
            `<author><name>${xml(author.name)}</name><uri>${xml(abs(input.origin, author.path))}</uri></author>`,
        ),
      `<category term="${xml(input.sectionName(article))}"/>`,
      ...article.tags.map((tag) => `<category term="${xml(tag)}"/>`),
      `<summary>${xml(article.standfirst)}</summary>`,
      "</entry>",
    ].join("");
  });
  const updated = lastChanged(input);
  return (
    XML_HEADER +
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${xml(input.language)}">` +
    `<title>${xml(input.title)}</title><subtitle>${xml(input.description)}</subtitle>` +
    `<link rel="alternate" type="text/html" href="${xml(input.pageUrl)}"/><link rel="self" type="application/atom+xml" href="${xml(input.feedUrl)}"/>` +
    `<id>${xml(input.feedUrl)}</id><updated>${updated.toISOString()}</updated>` +
    entries.join("") +
    "</feed>\n"
  );
}
