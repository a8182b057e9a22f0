// Validates the content folder without building the site: prints every problem with file and field, exits 1 on any.
import { now } from "../lib/clock";
import { ContentError } from "../lib/content/errors";
import { loadContent } from "../lib/content/load";
import { contentDir } from "../lib/content/store";

const started = performance.now();
try {
  const { sections, authors, articles } = loadContent(contentDir(), { now: now() });
  const ms = Math.round(performance.now() - started);
  console.log(
    `Content OK: ${articles.length} articles, ${sections.length} sections, ${authors.length} authors (${ms} ms).`,
  );
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  console.error(error.message);
  process.exit(1);
}
