import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Page not found" };

export default function NotFound() {
  return (
    <div className="container not-found">
      <h1 className="page-title">We couldn’t find that page</h1>
      <p>The address may be mistyped, or the article may have moved or been withdrawn.</p>
      <p>
        <Link href="/">Go to the front page</Link>
      </p>
    </div>
  );
}
