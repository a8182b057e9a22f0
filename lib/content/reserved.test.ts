import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ARTICLE_PATH, RESERVED_ARTICLE_SLUGS, RESERVED_SECTION_SLUGS } from "./reserved";

const app = path.join(import.meta.dirname, "../../app");
// Files that answer an address of their own (/robots.txt, /icon.svg …), as Next's metadata conventions name them.
const ROUTE_FILE = /^(?:robots|sitemap|manifest|icon|apple-icon|favicon|opengraph-image|twitter-image)\./;

/** The first path segments a folder answers: route groups "(x)" are transparent, dynamic "[x]" and private "_x" are not addresses. */
function addressesIn(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory() && /^\(.+\)$/.test(entry.name)) return addressesIn(path.join(dir, entry.name));
    if (entry.name.startsWith("[") || entry.name.startsWith("_")) return [];
    if (entry.isDirectory() || ROUTE_FILE.test(entry.name)) return [entry.name.replace(/\.[^.]+$/, "")];
    return [];
  });
}

describe("the reserved slugs are the routes", () => {
  it("reserves every top-level address of app/, route groups' children included", () => {
    const addresses = addressesIn(app);
    expect(addresses).toContain("moved");
    expect(addresses.filter((name) => !RESERVED_SECTION_SLUGS.has(name))).toEqual([]);
  });

  it("reserves every address below a section that is not an article", () => {
    const below = addressesIn(path.join(app, "[section]"));
    expect(below.filter((name) => !RESERVED_ARTICLE_SLUGS.has(name))).toEqual([]);
  });

  it("reads only two-segment addresses under a possible section as articles", () => {
    expect(ARTICLE_PATH.test("/asia/some-story")).toBe(true);
    for (const name of ["authors", "editor", "api", "preview", "og", "moved", "withdrawn"]) {
      expect(ARTICLE_PATH.test(`/${name}/some-story`), name).toBe(false);
    }
    expect(ARTICLE_PATH.test("/asia/some-story/comments")).toBe(false);
    expect(ARTICLE_PATH.test("/authorsx/some-story")).toBe(true);
  });
});
