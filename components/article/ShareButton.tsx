"use client";
// Client leaf: the share sheet and the clipboard exist only in the reader's browser; without JavaScript it renders nothing.
import { useState, useSyncExternalStore } from "react";

const never = () => () => {};

export function ShareButton({ url, title }: { url: string; title: string }) {
  const hydrated = useSyncExternalStore(
    never,
    () => true,
    () => false,
  );
  // The live region appears (empty) on the first click and then takes the message, so it is announced and is no
  // second status region on the page until the reader has used it.
  const [status, setStatus] = useState<string | null>(null);
  const canShare = hydrated && typeof navigator.share === "function";
  const canCopy = hydrated && !!navigator.clipboard;

  async function share() {
    if (canShare) return navigator.share({ title, url }).catch(() => {}); // dismissed by the reader
    setStatus("");
    const copied = await navigator.clipboard.writeText(url).then(
      () => true,
      () => false,
    );
    setStatus(copied ? "Link copied" : "Could not copy the link");
  }

  return (
    <>
      {(canShare || canCopy) && (
        <button type="button" className="button button-quiet article-share-button" onClick={share}>
          {canShare ? "Share" : "Copy link"}
        </button>
      )}
      {status !== null && (
        <span role="status" className="article-share-status">
          {status}
        </span>
      )}
    </>
  );
}
