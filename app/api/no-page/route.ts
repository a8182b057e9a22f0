// What the client router gets when it asks for an address no route answers (next.config.ts's fallback for RSC
// requests): a plain 404, on which the browser loads the address as a page (a redirect for a moved article, else
// the site's 404 page). Any method, so nothing here can fail.
const notFound = () =>
  new Response("No page at this address.\n", {
    status: 404,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });

export const GET = notFound;
export const HEAD = notFound;
export const POST = notFound;
