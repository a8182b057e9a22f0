// Reading time from the Markdown source, computed at load so listings never render bodies.

/** Whole words of the Markdown source, for reading time. */
export function wordCount(markdown: string): number {
  return markdown.replace(/!\[[^\]]*\]\([^)]*\)/g, " ").split(/\s+/).filter((word) => /\w/.test(word)).length;
}

/** Minutes at 230 words a minute, never less than one. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / 230));
}
