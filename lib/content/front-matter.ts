// Splits a Markdown file into YAML front matter and body.
import { parse, YAMLParseError } from "yaml";

export type FrontMatterFile = { data: unknown; body: string };

export class FrontMatterError extends Error {}

const FENCE = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

export function splitFrontMatter(source: string): FrontMatterFile {
  const match = FENCE.exec(source.replace(/^\uFEFF/, ""));
  if (!match) throw new FrontMatterError("must start with YAML front matter between two --- lines");
  // The front matter parsed from a copy of its own: strings cut from the file's text would keep all of it in memory
  // for as long as the content index holds them.
  return { data: parseYaml(Buffer.from(match[1] ?? "").toString(), 2), body: match[2] ?? "" };
}

export function parseYaml(source: string, firstLine = 1): unknown {
  try {
    return parse(source, { prettyErrors: true, uniqueKeys: true });
  } catch (error) {
    if (error instanceof YAMLParseError) {
      const where = error.linePos?.[0];
      throw new FrontMatterError(`invalid YAML${where ? ` at line ${where.line + firstLine - 1}` : ""}: ${error.message.split("\n")[0]}`);
    }
    throw error;
  }
}
