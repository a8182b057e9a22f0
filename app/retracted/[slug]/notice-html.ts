// The 410 notice as a whole, self-contained document: a Route Handler can set the status, but cannot render the
// app's layout, so this page carries its own small stylesheet in the paper's palette.
import type { Article } from "@/lib/content/load";
import type { SiteSettings } from "@/lib/content/schema";
import { formatDate } from "@/lib/dates";
import { escapeHtml } from "@/lib/html";

const STYLE = `
:root { color-scheme: light dark; --paper: #fbfaf7; --ink: #1b1b1b; --link: #0b4f8a; --panel: #f1ede4; }
@media (prefers-color-scheme: dark) { :root { --paper: #16181d; --ink: #ecebe8; --link: #8cc4ff; --panel: #22252c; } }
body { margin: 0; background: var(--paper); color: var(--ink); font: 1.0625rem/1.5 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; }
header, main { max-width: 46rem; margin: 0 auto; padding: 1.5rem 1rem; }
header { border-bottom: 1px solid var(--ink); }
.masthead { font: 800 clamp(1.75rem, 6vw, 2.5rem)/1.1 Georgia, "Times New Roman", serif; color: var(--ink); text-decoration: none; }
h1 { font: 800 clamp(1.75rem, 5vw, 2.5rem)/1.15 Georgia, "Times New Roman", serif; }
a { color: var(--link); text-underline-offset: 0.15em; }
.notice { border-left: 4px solid var(--link); padding: 0.5rem 0.75rem; background: var(--panel); }
`;

export function withdrawnNoticeHtml(article: Article, sectionName: string, site: SiteSettings): string {
  const withdrawnOn = formatDate(article.retracted!.at, site.timeZone, site.language);
  return `<!DOCTYPE html>
<html lang="${escapeHtml(site.language)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Article withdrawn | ${escapeHtml(site.name)}</title>
<style>${STYLE}</style>
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
