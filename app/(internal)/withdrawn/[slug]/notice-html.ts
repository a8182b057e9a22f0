// The 410 notice as a whole, self-contained document: a Route Handler can set the status, but cannot render the
// app's layout, so this page links its own small stylesheet in the paper's palette (public/styles/notice.css).
import type { Article } from "@/lib/content/load";
import type { SiteSettings } from "@/lib/content/schema";
import { formatDate } from "@/lib/dates";
import { escapeHtml } from "@/lib/html";

export function withdrawnNoticeHtml(article: Article, sectionName: string, site: SiteSettings): string {
  const withdrawnOn = formatDate(article.retracted!.at, site.timeZone, site.language);
  return `<!DOCTYPE html>
<html lang="${escapeHtml(site.language)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Article withdrawn | ${escapeHtml(site.name)}</title>
<link rel="stylesheet" href="/styles/notice.css">
</head>
<body>
<header><a class="masthead" href="/">${escapeHtml(site.name)}</a></header>
<main>
<h1>This article has been withdrawn</h1>
<p>“${escapeHtml(article.title)}” was withdrawn on ${escapeHtml(withdrawnOn)}.</p>
<p class="notice">${escapeHtml(article.retracted!.notice)}</p>
<p><a href="/${escapeHtml(article.section)}">More from ${escapeHtml(sectionName)}</a> · <a href="/">Front page</a></p>
</main>
</body>
</html>
`;
}
