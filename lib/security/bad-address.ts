// The answer to an address whose percent-escapes cannot be decoded (malformed, or invalid UTF-8): 400 with a short,
// self-contained page. Next's own router would throw on such a path and answer 500 (an App Router site has no 400 page).

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
