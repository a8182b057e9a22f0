"use client";
// Client leaf: so that React announces the picture in the page's HTML only, not in its RSC payload, where prefetching
// a link to the page would turn the announcement into a download.
import type { ComponentProps } from "react";

/** A page's largest picture (attributes made on the server by SiteImage): eager, announced in the head by React. */
export function EagerImage(props: ComponentProps<"img">) {
  // eslint-disable-next-line @next/next/no-img-element, jsx-a11y/alt-text -- SiteImage passes next/image's markup and the alt
  return <img {...props} />;
}
