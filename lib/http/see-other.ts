// A 303 to a page of this site with a relative Location, so it stays on the host and port the reader used. A route
// handler's request.url names the instance as "localhost:PORT" whatever the Host header said, which behind nginx
// (or on another machine) would send the reader to an address they cannot reach.
import { NextResponse } from "next/server";

/** Where to go: a path with its query, or a URL of which only the path and query are kept. */
export function seeOther(to: string | URL): NextResponse {
  const location = typeof to === "string" ? to : to.pathname + to.search;
  return new NextResponse(null, { status: 303, headers: { Location: location } });
}

/** A base for building a site path with URL's query helpers; only its path and query are ever sent. */
export const SITE_BASE = "http://site.invalid";
