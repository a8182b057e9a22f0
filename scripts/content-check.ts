// Validates the content folder without building the site: prints every problem with file and field, exits 1 on any.
import { now } from "../lib/clock";
import { ContentError } from "../lib/content/errors";
import { checkContent } from "../lib/content/compiled";
import { unusedTopics } from "../lib/content/load";
import { contentDir } from "../lib/content/store";

const started = performance.now();
try {
  // Also compiles the index the build and the servers read (lib/content/compiled.ts).
  const content = checkContent(contentDir(), now());
  const { sections, authors, articles } = content;
  const ms = Math.round(performance.now() - started);
  // Not an error: a topic described ahead of its first article is harmless, but usually a typo in a slug.
  for (const slug of unusedTopics(content))
    console.warn(`content/topics.yaml: "${slug}" is a topic no article's tags lead to`);
  console.log(
    `Content OK: ${articles.length} articles, ${sections.length} sections, ${authors.length} authors (${ms} ms).`,
  );
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  console.error(error.message);
  process.exit(1);
}
