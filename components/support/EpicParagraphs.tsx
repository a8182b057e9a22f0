"use client";
// Client leaf: the reader's article count lives only in their browser, so that sentence is filled in (or left out) there.
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
