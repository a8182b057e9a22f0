// Answers proxy.ts gives with a short, self-contained page: 400 for an address whose percent-escapes cannot be
// decoded (malformed, or invalid UTF-8), which Next's own router would throw on and answer 500, and for query fields a
// page cannot read (an App Router page cannot answer 400 itself); 404 for a dead shared preview link.
import { escapeHtml } from "../html";

const PAGE = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Bad address</title>
<link rel="stylesheet" href="/styles/notice.css">
</head>
<body>
<main>
<h1>This address is not valid</h1>
<p>It contains an escape sequence (a “%” followed by two characters) that does not spell valid text, so no page can
be found for it. Check the link, or go to the <a href="/">front page</a>.</p>
</main>
</body>
</html>
`;

export function badAddressResponse(): Response {
  return new Response(PAGE, {
    status: 400,
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" },
  });
}

/** 400 with a heading and a sentence (plain text, escaped here) and a link onwards. */
export function badRequestResponse(heading: string, message: string, next: { href: string; label: string }): Response {
  return noticeResponse(400, heading, message, next);
}

/** A self-contained page with `status`, a heading, a sentence (plain text, escaped here) and a link onwards. */
export function noticeResponse(
  status: number,
  heading: string,
  message: string,
  next: { href: string; label: string },
): Response {
  const page = PAGE.replace("<title>Bad address</title>", `<title>${escapeHtml(heading)}</title>`).replace(
    /<main>[\s\S]*<\/main>/,
    `<main>\n<h1>${escapeHtml(heading)}</h1>\n<p>${escapeHtml(message)} <a href="${escapeHtml(next.href)}">${escapeHtml(next.label)}</a>.</p>\n</main>`,
  );
  return new Response(page, {
    status,
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" },
  });
}
