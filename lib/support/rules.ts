// When the support appeal shows and what it says, as pure functions of the reader's stored state and `now`.
// Runs in the browser: the state never leaves the reader's device.

export type ArticleView = { at: number; slug: string };
export type ReaderState = { views: ArticleView[]; dismissedAt: number | null };
export type Frequency = { fromView: number; viewWindowDays: number; dismissDays: number };

const DAY = 86_400_000;
/** A reload or a quick return to the same article is not another view. */
const SAME_VIEW_MS = 30 * 60_000;

export const EMPTY_STATE: ReaderState = { views: [], dismissedAt: null };

export function parseState(raw: string | null): ReaderState {
  try {
    const value = JSON.parse(raw ?? "") as Partial<ReaderState>;
    const views = Array.isArray(value.views)
      ? value.views.filter(
          (view): view is ArticleView => typeof view?.at === "number" && typeof view?.slug === "string",
        )
      : [];
    return { views, dismissedAt: typeof value.dismissedAt === "number" ? value.dismissedAt : null };
  } catch {
    return EMPTY_STATE;
  }
}

export function recordView(state: ReaderState, slug: string, now: Date, windowDays: number): ReaderState {
  const at = now.getTime();
  const recent = state.views.filter((view) => at - view.at < windowDays * DAY);
  const last = recent[recent.length - 1];
  if (last?.slug === slug && at - last.at < SAME_VIEW_MS) return { ...state, views: recent };
  return { ...state, views: [...recent, { at, slug }] };
}

export function viewsInWindow(state: ReaderState, now: Date, windowDays: number): number {
  return state.views.filter((view) => now.getTime() - view.at < windowDays * DAY).length;
}

export function dismiss(state: ReaderState, now: Date): ReaderState {
  return { ...state, dismissedAt: now.getTime() };
}

export function shouldShowBanner(state: ReaderState, now: Date, frequency: Frequency): boolean {
  if (state.dismissedAt !== null && now.getTime() - state.dismissedAt < frequency.dismissDays * DAY) return false;
  return viewsInWindow(state, now, frequency.viewWindowDays) >= frequency.fromView;
}

/** Fills {placeholders}; a sentence with one that cannot be filled is dropped, never shown half-made. */
export function fillPlaceholders(paragraph: string, values: Record<string, string | number | undefined>): string {
  return paragraph
    .split(/(?<=[.!?])\s+/)
    .map((sentence) => {
      let complete = true;
      const filled = sentence.replace(/\{(\w+)\}/g, (_, name: string) => {
        const value = values[name];
        if (value === undefined || value === "") complete = false;
        return String(value ?? "");
      });
      return complete ? filled : null;
    })
    .filter((sentence) => sentence !== null)
    .join(" ");
}
