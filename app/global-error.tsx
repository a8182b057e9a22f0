"use client";
// Client because Next requires error boundaries to be (they also catch failures in the browser).
// The root layout itself failed, so this replaces it with its own document and the site's styles.
import { ErrorNotice } from "@/components/ui/ErrorNotice";
import "./globals.css";

export default function GlobalError(props: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body>
        <main id="main">
          <ErrorNotice {...props} />
        </main>
      </body>
    </html>
  );
}
