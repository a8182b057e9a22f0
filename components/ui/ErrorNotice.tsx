"use client";
// Client because Next's error boundaries are: it logs the failure's digest in the browser once shown.
import Link from "next/link";
import { useEffect } from "react";

type Props = { error: Error & { digest?: string }; reset: () => void };

/** What the console gets: the digest that matches the server's log, never the message or stack. */
export function errorLogLine(error: { digest?: string }): string {
  return `The page failed to render (digest ${error.digest ?? "none"}).`;
}

/** The page shown when rendering fails, styled like the 404 page and kept out of search engines. */
export function ErrorNotice({ error, reset }: Props) {
  useEffect(() => {
    console.error(errorLogLine(error));
  }, [error]);
  return (
    <div className="not-found container">
      <meta name="robots" content="noindex" />
      <title>Something went wrong</title>
      <h1 className="page-title">Something went wrong</h1>
      <p>This page could not be shown just now. Please try again in a moment.</p>
      <p>
        <button type="button" className="button" onClick={reset}>
          Try again
        </button>
      </p>
      <p>
        <Link href="/">Go to the front page</Link>
      </p>
    </div>
  );
}
