// Structured data as crawlers read it: extracted from the HTML and checked by Adobe's validator (Google's rich-result
// rules for the types it knows), plus Google's documented Article rules, which that validator does not cover.
import Validator from "@adobe/structured-data-validator";
import WebAutoExtractor from "@marbec/web-auto-extractor";

export type Extracted = { jsonld: Record<string, Record<string, unknown>[]> };

export function extract(html: string): Extracted {
  return new WebAutoExtractor({ addLocation: true, embedSource: ["rdfa", "microdata"] }).parse(html) as Extracted;
}

export async function validatorIssues(extracted: Extracted): Promise<unknown[]> {
  return (await new Validator().validate(extracted)) as unknown[];
}

const ISO_WITH_OFFSET = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:Z|[+-]\d\d:\d\d)$/;

/** Google's Article structured data guidelines: the problems, none when the node is good. */
export function articleProblems(node: Record<string, unknown>): string[] {
  const problems: string[] = [];
  if (typeof node.headline !== "string" || !node.headline || node.headline.length > 110)
    problems.push("headline missing or over 110 characters");
  const images = Array.isArray(node.image) ? node.image : [node.image];
  if (images.length < 1 || !images.every((image) => typeof image === "string" && /^https?:\/\//.test(image)))
    problems.push("image must be absolute URLs");
  for (const field of ["datePublished", "dateModified"]) {
    if (typeof node[field] !== "string" || !ISO_WITH_OFFSET.test(node[field] as string))
      problems.push(`${field} must be ISO 8601 with an offset`);
  }
  const authors = (Array.isArray(node.author) ? node.author : [node.author]) as Record<string, unknown>[];
  if (
    !authors.length ||
    !authors.every(
      (author) =>
        author?.["@type"] === "Person" && typeof author.name === "string" && /^https?:\/\//.test(String(author.url)),
    )
  ) {
    problems.push("author must be Person objects with name and url");
  }
  return problems;
}
