// The compiled content index: the same index as reading every file, read back only while no content file has changed.
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  checkContent,
  compiledIndexPath,
  contentFingerprint,
  copyCompiledContent,
  readCompiledContent,
  readContent,
  readWithdrawals,
} from "./compiled";
import { ContentError } from "./errors";
import { loadContent } from "./load";

const PHOTO = "/images/authors/lena-marsh.jpg"; // an image the repository ships

const files = (extra: Record<string, string> = {}): Record<string, string> => ({
  "site.yaml": "name: Test Gazette\ntagline: Testing daily\ndescription: A test paper.\nlanguage: en-GB\ntimeZone: Europe/London\n",
  "sections/asia.yaml": "slug: asia\nname: Asia\ndescription: About Asia.\norder: 1\n",
  "authors/ann.md": `---\nname: Ann Writer\nslug: ann\nrole: Reporter\nphoto:\n  src: ${PHOTO}\n  alt: Portrait\n---\nWrites.\n`,
  "topics.yaml": "- slug: climate\n  title: Climate crisis\n  description: Heat and floods.\n",
  "articles/one.md": [
    "---",
    'title: "One & only"',
    "slug: one",
    "section: asia",
    "authors: [ann]",
    'standfirst: "What happened."',
    "publishedAt: 2024-05-01T08:00:00+08:00",
    "updatedAt: 2024-05-02T08:00:00+08:00",
    "tags: [Climate, Mekong]",
    "redirectFrom: [/2024/05/one]",
    "retracted:\n  at: 2030-01-01T00:00:00+00:00\n  notice: Withdrawn later.",
    "corrections:\n  - at: 2024-05-03T00:00:00+00:00\n    text: A name was misspelt.",
    `hero:\n  src: ${PHOTO}\n  alt: An illustration\n  caption: A caption`,
    "---",
    `Text with an image: ![A picture](${PHOTO})\n`,
  ].join("\n"),
  "articles/two.md": `---\ntitle: Two\nslug: two\nsection: asia\nauthors: [ann]\nstandfirst: Then.\npublishedAt: 2024-06-01T00:00:00+00:00\nstatus: draft\nhero:\n  src: ${PHOTO}\n  alt: Another\n---\nWords.\n`,
  ...extra,
});

function contentTree(tree: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), "compiled-"));
  for (const [name, text] of Object.entries(tree)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), text);
  }
  return root;
}

beforeEach(() => vi.stubEnv("NEXT_DIST_DIR", mkdtempSync(path.join(tmpdir(), "dist-"))));
afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

describe("the compiled content index", () => {
  it("gives the index that reading every file gives, read back from the compiled file", () => {
    const root = contentTree(files());
    const read = readContent(root);
    expect(existsSync(compiledIndexPath(root))).toBe(true);
    const compiled = readCompiledContent(root, contentFingerprint(root));
    expect(compiled).toEqual(loadContent(root));
    expect(read).toEqual(compiled);
    expect(compiled!.articles[0]).toMatchObject({ slug: "two", status: "draft" });
    expect(compiled!.articles[1]!.publishedAt).toEqual(new Date("2024-05-01T00:00:00Z"));
    expect(compiled!.articles[1]!.bodyImages).toEqual([PHOTO]);
    // Read a few bytes at a time, every line split across reads, the last one included.
    for (const chunkSize of [1, 7, 64]) expect(readCompiledContent(root, contentFingerprint(root), chunkSize)).toEqual(compiled);
  });

  it("is stale once a content file is added or changed, and then read and compiled again", () => {
    const root = contentTree(files());
    readContent(root);
    const before = contentFingerprint(root);
    writeFileSync(path.join(root, "articles/two.md"), files()["articles/two.md"]!.replace("status: draft\n", ""));
    expect(contentFingerprint(root)).not.toBe(before);
    expect(readCompiledContent(root, contentFingerprint(root))).toBeNull();
    expect(readContent(root).articles.map((article) => article.status)).toEqual(["published", "published"]);
    expect(readCompiledContent(root, contentFingerprint(root))?.articles[0]?.status).toBe("published");
  });

  it("is written by the content check, which validates at its time; content with problems compiles nothing", () => {
    const root = contentTree(files());
    checkContent(root, new Date("2026-01-01T00:00:00Z"));
    expect(readCompiledContent(root, contentFingerprint(root))).not.toBeNull();

    const bad = contentTree(files({ "articles/three.md": "---\ntitle: Three\n---\nNo slug.\n" }));
    expect(() => checkContent(bad, new Date())).toThrow(ContentError);
    expect(() => readContent(bad)).toThrow(ContentError);
    expect(existsSync(compiledIndexPath(bad))).toBe(false);
  });

  it("tells the build's routing table of withdrawals from its first line, as reading every file would", () => {
    const root = contentTree(files());
    const fresh = readWithdrawals(root);
    expect(fresh.withdrawals.map((article) => article.slug)).toEqual(["one"]);
    expect(fresh.sections.map((section) => section.slug)).toEqual(["asia"]);
    expect(existsSync(compiledIndexPath(root))).toBe(true);
    const compiled = readWithdrawals(root);
    expect(compiled).toEqual(fresh);
    expect(compiled.withdrawals[0]!.retracted?.at).toEqual(new Date("2030-01-01T00:00:00Z"));
  });

  it("goes with the standalone server's copy of the content, and with any copy of that which keeps file times", () => {
    vi.stubEnv("NEXT_DIST_DIR", ".next");
    const folder = (prefix: string) => mkdtempSync(path.join(tmpdir(), prefix));
    const [project, standalone, deployed] = [folder("project-"), folder("standalone-"), folder("deployed-")];
    // The images the content names are checked under public/ of the working directory.
    for (const dir of [project, standalone, deployed]) symlinkSync(path.resolve("public"), path.join(dir, "public"));
    const content = path.join(project, "content");
    cpSync(contentTree(files()), content, { recursive: true });
    const cwd = vi.spyOn(process, "cwd").mockReturnValue(project);
    checkContent(content, new Date());

    // scripts/standalone-assets.ts: the folder copied (new file times) and the index with it.
    const copied = path.join(standalone, "content");
    cpSync(content, copied, { recursive: true });
    expect(copyCompiledContent(content, copied, standalone)).toBe(true);
    cwd.mockReturnValue(standalone);
    const compiled = compiledIndexPath(copied);
    expect(compiled.startsWith(path.join(standalone, ".next", "cache", "content"))).toBe(true);
    const written = statSync(compiled).mtimeMs;
    expect(readContent(copied)).toEqual(loadContent(copied));
    expect(statSync(compiled).mtimeMs, "read, not compiled again").toBe(written);

    // A deployment copies the standalone folder as it is (cp -a, a container image's COPY).
    execFileSync("cp", ["-a", `${standalone}/.`, deployed]);
    cwd.mockReturnValue(deployed);
    const deployedContent = path.join(deployed, "content");
    expect(readCompiledContent(deployedContent, contentFingerprint(deployedContent))).toEqual(loadContent(deployedContent));

    // Then any change to a file there makes it stale.
    writeFileSync(path.join(deployedContent, "articles/two.md"), files()["articles/two.md"]!.replace("Words.", "Other words."));
    expect(readCompiledContent(deployedContent, contentFingerprint(deployedContent))).toBeNull();
    // A folder of another name is not given the index: its articles' file names start with the folder's name.
    cwd.mockReturnValue(project);
    expect(copyCompiledContent(content, path.join(standalone, "archive"), standalone)).toBe(false);
  });

  it("belongs to one content folder", () => {
    const root = contentTree(files());
    readContent(root);
    expect(compiledIndexPath(root)).not.toBe(compiledIndexPath(contentTree(files())));
  });
});
