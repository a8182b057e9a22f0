// The reader's appeal state in localStorage. Each page load records the article view once, whichever part asks first.
import { parseState, recordView, type ReaderState } from "./rules";

const KEY = "meridian.support";
let recorded: { slug: string; state: ReaderState } | undefined;

function read(): ReaderState {
  try {
    return parseState(window.localStorage.getItem(KEY));
  } catch {
    return parseState(null); // storage blocked: behave as a first visit
  }
}

export function saveReaderState(state: ReaderState): void {
  try {
    window.localStorage.setItem(KEY, JSON.stringify(state));
  } catch {
    // storage blocked or full: the appeal simply forgets
  }
  if (recorded) recorded = { ...recorded, state };
}

/** The state with this article's view recorded (once per page load). */
export function stateAfterView(slug: string, windowDays: number): ReaderState {
  if (recorded?.slug === slug) return recorded.state;
  const state = recordView(read(), slug, new Date(), windowDays);
  recorded = { slug, state };
  saveReaderState(state);
  return state;
}
