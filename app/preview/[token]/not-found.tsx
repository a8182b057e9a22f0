import Link from "next/link";
import { DEAD_PREVIEW_LINK } from "@/lib/content/shared-preview";

// Shown when a link dies between proxy.ts's check and the page's (proxy.ts answers the rest with the same words).
export default function PreviewLinkNotFound() {
  return (
    <div className="not-found container">
      <h1 className="page-title">{DEAD_PREVIEW_LINK.heading}</h1>
      <p>{DEAD_PREVIEW_LINK.message}</p>
      <p>
        <Link href="/">Go to the front page</Link>
      </p>
    </div>
  );
}
