// An article's Markdown as the plain words a reader sees, for the search index: no markup, links and images by their
// text, no addresses. Fast enough for an archive of tens of thousands (no full Markdown parse).

/** Private-use characters mark matches in snippets (snippet.ts); the text itself never carries them. */
const SENTINELS = /[\uE000-\uF8FF]/g;

export function markdownToText(markdown: string): string {
  return (
    markdown
      .replace(SENTINELS, " ")
      // Images: their alt text and caption; links: their text.
      .replace(
        /!\[([^\]]*)\]\([^)\s]*(?:\s+"([^"]*)")?\)/g,
        (_, alt: string, title = "") => ` ${alt} ${title.replace("|", " ")} `,
      )
      .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
      .replace(/<[^>]*>/g, " ")
      // Block markers at the start of a line: headings, quotes, list bullets and numbers, table rules.
      .replace(/^[ \t]*(?:#{1,6}[ \t]+|>[ \t]?|[-*+][ \t]+|\d+[.)][ \t]+)/gm, "")
      .replace(/^[ \t]*\|?[ \t]*:?-{3,}.*$/gm, " ")
      // Emphasis and code marks (at word edges, so snake_case stays whole), table pipes.
      .replace(/[*`~]+|(?<![\p{L}\p{N}])_+|_+(?![\p{L}\p{N}])/gu, "")
      .replace(/\|/g, " ")
      .replace(/[ \t]+/g, " ")
      .replace(/\s*\n\s*/g, "\n")
      .trim()
  );
}
