"use client";
// Client because Next requires error boundaries to be (they also catch failures in the browser).
// The root layout itself failed, so this replaces it with its own document and a small stylesheet of its own.
import { ErrorNotice } from "@/components/ui/ErrorNotice";
import "./global-error.css";

export default function GlobalError(props: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body className="global-error">
        <main id="main">
          <ErrorNotice {...props} />
        </main>
      </body>
    </html>
  );
}
