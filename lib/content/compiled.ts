// The compiled content index: what the content check validated, written once beside the build (NEXT_DIST_DIR's cache
// folder, which `next build` keeps) so that the build's workers and every server read one file instead of reading and
// validating 100,000 Markdown files each (half a minute, and a heap that grew to some 800 MB and stayed there).
// Stale the moment any content file changes (a fingerprint of names, sizes and times), when it is read again.
import { createHash } from "node:crypto";
import {
  closeSync, mkdirSync, openSync, readdirSync, readSync, renameSync, rmSync, statSync, writeFileSync, writeSync,
} from "node:fs";
import path from "node:path";
import { z } from "zod";
import { indexContent, type Article, type ContentIndex } from "./load";
import { validateContent, type ValidatedArticle, type ValidatedContent } from "./validate";
import {
  articleFrontMatterSchema, authorFrontMatterSchema, moderationSchema, sectionSchema, siteSchema, supportSchema, topicsSchema,
  type Section,
} from "./schema";

/** Bumped when what is stored changes shape (the schema's own shape is part of the fingerprint). */
const FORMAT = "1";
/** How much of the compiled file is read at a time. */
const CHUNK = 1 << 20;

/**
 * Where the compiled index of the folder `root` lives: one file per content folder, named by the folder's place
 * relative to the working directory, so that a copy of the build with its content beside it (the standalone server,
 * a container) finds the index compiled for it instead of reading the whole archive again when it starts.
 */
export function compiledIndexPath(root: string, cwd = process.cwd()): string {
  const name = createHash("sha1").update(path.relative(cwd, root)).digest("hex").slice(0, 16);
  const dist = process.env.NEXT_DIST_DIR || ".next";
  return path.resolve(/* turbopackIgnore: true */ cwd, dist, "cache", "content", `${name}.jsonl`);
}

function listTree(dir: string, into: string[]): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) listTree(file, into);
    else if (entry.isFile()) into.push(file);
  }
  return into;
}

/** The shapes (and defaults) of what is stored: a new field or default in any of them makes the stored index stale. */
const SCHEMAS = [
  articleFrontMatterSchema, authorFrontMatterSchema, sectionSchema, siteSchema, topicsSchema, moderationSchema, supportSchema,
];

/** Changes whenever a file under `root` is added, removed or written, or a content schema changes. */
export function contentFingerprint(root: string): string {
  const hash = createHash("sha1").update(FORMAT);
  for (const schema of SCHEMAS) hash.update(JSON.stringify(z.toJSONSchema(schema)));
  for (const file of listTree(root, []).sort()) {
    const { size, mtimeMs } = statSync(file);
    hash.update(`${path.relative(root, file)}\0${size}\0${mtimeMs}\n`);
  }
  return hash.digest("hex");
}

type Header = Omit<ValidatedContent, "articles"> & {
  format: string;
  fingerprint: string;
  /** The articles withdrawn now or later, for the build's routing table (`readWithdrawals`): the header alone. */
  withdrawals: ValidatedArticle[];
};

/** One line of settings, then one line per article: read a line at a time, nothing but the index is kept. */
export function writeCompiledContent(content: ValidatedContent, fingerprint: string): void {
  const file = compiledIndexPath(content.root);
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    const { articles, ...settings } = content;
    const withdrawals = articles.filter(({ data }) => data.status === "published" && data.retracted);
    const header: Header = { format: FORMAT, fingerprint, ...settings, withdrawals };
    const lines = [JSON.stringify(header), ...articles.map((article) => JSON.stringify(article))];
    writeFileSync(temporary, `${lines.join("\n")}\n`);
    // Readers never see a half-written file.
    renameSync(temporary, file);
  } catch {
    // A folder that cannot be written (a read-only deployment): every process reads the content itself instead.
    rmSync(temporary, { force: true });
  }
}

/** The file's lines after the first, read a chunk at a time: the whole file (90 MB at 100,000 articles) is never held. */
function* articleLines(fd: number, start: number, chunkSize: number): Generator<ValidatedArticle> {
  const chunk = Buffer.alloc(chunkSize);
  let rest = Buffer.alloc(0);
  for (let position = start; ; ) {
    const read = readSync(fd, chunk, 0, chunk.length, position);
    position += read;
    let text = read ? Buffer.concat([rest, chunk.subarray(0, read)]) : rest;
    let from = 0;
    for (let to = text.indexOf(10); to !== -1; from = to + 1, to = text.indexOf(10, from)) {
      if (to > from) yield JSON.parse(text.toString("utf8", from, to)) as ValidatedArticle;
    }
    if (!read) {
      if (from < text.length) yield JSON.parse(text.toString("utf8", from)) as ValidatedArticle;
      return;
    }
    text = text.subarray(from);
    rest = Buffer.from(text); // a copy: `chunk` is read into again
  }
}

function currentHeader(text: string, fingerprint: string): Header | null {
  const header = JSON.parse(text) as Header;
  // Not compared with `root`: a copy of the folder is the same content (the fingerprint covers every file in it).
  return header.format === FORMAT && header.fingerprint === fingerprint ? header : null;
}

/** The index from the compiled file, or null when there is none for this content or it is stale. `chunkSize`: how
 * much of the file is read at a time (a test reads lines split across many reads). */
export function readCompiledContent(root: string, fingerprint: string, chunkSize = CHUNK): ContentIndex | null {
  let fd: number;
  try {
    fd = openSync(compiledIndexPath(root), "r");
  } catch {
    return null;
  }
  try {
    const first = firstLine(fd);
    const header = first && currentHeader(first.text, fingerprint);
    if (!first || !header) return null;
    const { site, moderation, support, topics, sections, authors } = header;
    return indexContent({ root, site, moderation, support, topics, sections, authors, articles: articleLines(fd, first.next, chunkSize) });
  } finally {
    closeSync(fd);
  }
}

/** The first line of an open file and where the next begins, or null when the file has no complete line. */
function firstLine(fd: number): { text: string; next: number } | null {
  const chunks: Buffer[] = [];
  const chunk = Buffer.alloc(1 << 16);
  for (let position = 0; ; position += chunk.length) {
    const read = readSync(fd, chunk, 0, chunk.length, position);
    const end = chunk.subarray(0, read).indexOf(10);
    chunks.push(Buffer.from(chunk.subarray(0, end === -1 ? read : end)));
    if (end !== -1) return { text: Buffer.concat(chunks).toString("utf8"), next: position + end + 1 };
    if (read < chunk.length) return null;
  }
}

/** The compiled file's first line, read alone. */
function readHeader(root: string, fingerprint: string): Header | null {
  let fd: number;
  try {
    fd = openSync(compiledIndexPath(root), "r");
  } catch {
    return null;
  }
  try {
    const first = firstLine(fd);
    return first && currentHeader(first.text, fingerprint);
  } finally {
    closeSync(fd);
  }
}

/**
 * Gives `copy`, a copy of the content folder `root` (the standalone server's, in `copyCwd`), the index compiled for
 * `root`, marked current for the copy's own files: a copy does not keep file times exactly, and without it every start
 * of that server would read and validate the whole archive again. False when `root` has no current index, or when
 * the copy has another name (articles name their files from the folder's name on).
 */
export function copyCompiledContent(root: string, copy: string, copyCwd: string): boolean {
  if (path.basename(root) !== path.basename(copy)) return false;
  let from: number;
  try {
    from = openSync(compiledIndexPath(root), "r");
  } catch {
    return false;
  }
  const file = compiledIndexPath(copy, copyCwd);
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    const first = firstLine(from);
    const header = first && currentHeader(first.text, contentFingerprint(root));
    if (!first || !header) return false;
    mkdirSync(path.dirname(file), { recursive: true });
    const to = openSync(temporary, "w");
    try {
      writeSync(to, `${JSON.stringify({ ...header, fingerprint: contentFingerprint(copy) })}\n`);
      const chunk = Buffer.alloc(CHUNK);
      for (let position = first.next, read; (read = readSync(from, chunk, 0, chunk.length, position)); position += read) {
        writeSync(to, chunk, 0, read);
      }
    } finally {
      closeSync(to);
    }
    renameSync(temporary, file);
    return true;
  } finally {
    closeSync(from);
    rmSync(temporary, { force: true });
  }
}

/**
 * What the build's routing table needs of the content (next.config.ts): the sections, and the articles withdrawn now
 * or later. From the compiled index's first line when it is current, so the build's main process never holds the
 * archive (at 100,000 articles some 250 MB, for the whole build).
 */
export function readWithdrawals(contentDir: string): { sections: Section[]; withdrawals: Article[] } {
  const root = path.resolve(contentDir);
  const header = readHeader(root, contentFingerprint(root));
  const content = header ? indexContent({ ...header, root, articles: header.withdrawals }) : readContent(root);
  return {
    sections: content.sections,
    withdrawals: content.articles.filter((article) => article.status === "published" && article.retracted),
  };
}

/**
 * The content index of `contentDir` for a server or the build: from the compiled index when it is current, else read
 * and validated here (a ContentError names every problem) and compiled for the next process to read.
 */
export function readContent(contentDir: string): ContentIndex {
  const root = path.resolve(contentDir);
  const fingerprint = contentFingerprint(root);
  const compiled = readCompiledContent(root, fingerprint);
  if (compiled) return compiled;
  const validated = validateContent(root);
  writeCompiledContent(validated, fingerprint);
  return indexContent(validated);
}

/** The content check: every file read and validated at `now`, and the result compiled for the build and servers. */
export function checkContent(contentDir: string, now: Date): ContentIndex {
  const root = path.resolve(contentDir);
  const fingerprint = contentFingerprint(root);
  const validated = validateContent(root, { now });
  writeCompiledContent(validated, fingerprint);
  return indexContent(validated);
}
