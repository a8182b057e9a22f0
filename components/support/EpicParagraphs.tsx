"use client";
// Client leaf: the article count lives only in the reader's browser, so its sentence is filled in there
// (and left out of the server's HTML, never shown with a hole in it).
import { useEffect, useState } from "react";
import { stateAfterView } from "@/lib/support/reader-store";
import { fillPlaceholders, viewsInWindow } from "@/lib/support/rules";

type Props = { paragraphs: string[]; articleSlug: string; viewWindowDays: number };

export function EpicParagraphs({ paragraphs, articleSlug, viewWindowDays }: Props) {
  const [values, setValues] = useState<Record<string, number>>({});
  useEffect(() => {
    const state = stateAfterView(articleSlug, viewWindowDays);
    // Reading the browser's own storage after hydration is this component's purpose.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setValues({ articlesRead: viewsInWindow(state, new Date(), viewWindowDays) });
  }, [articleSlug, viewWindowDays]);
  return paragraphs
    .map((paragraph) => fillPlaceholders(paragraph, values))
    .filter((text) => text !== "")
    .map((text, i) => <p key={i}>{text}</p>);
}
