// The serif's fallback face (globals.css) must stay resized to the font file the site ships: the numbers are
// next/font's own calculation, redone here from the file, so re-subsetting the font without updating them fails.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { describe, expect, it } from "vitest";

const require = createRequire(import.meta.url);
const nextFont = path.dirname(require.resolve("next/package.json")) + "/dist/compiled/@next/font/dist";
const fontkit = require(`${nextFont}/fontkit`).default;
const { getFallbackMetricsFromFontFile } = require(`${nextFont}/local/get-fallback-metrics-from-font-file`);

const appDir = path.dirname(new URL(import.meta.url).pathname);
const css = readFileSync(path.join(appDir, "globals.css"), "utf8");
// The roman face (the bold ones follow it, resized to the web font at their weights).
const fallbackFace =
  css.match(/@font-face\s*{[^}]*font-family:\s*"Source Serif Fallback";\s*font-weight:\s*100 599;[^}]*}/)?.[0] ?? "";
const declared = (property: string) => fallbackFace.match(new RegExp(`${property}:\\s*([^;]+);`))?.[1];

describe("the serif's fallback face", () => {
  it("is declared in the global stylesheet", () => {
    expect(fallbackFace).not.toBe("");
  });

  it("carries next/font's overrides for the shipped font file", () => {
    const font = (fontkit.default ?? fontkit)(readFileSync(path.join(appDir, "source-serif-4-subset.woff2")));
    const expected = getFallbackMetricsFromFontFile(font, "serif");
    expect(expected.fallbackFont).toBe("Times New Roman");
    const percent = (value: string | undefined) => Number.parseFloat(value ?? "NaN");
    expect(percent(declared("ascent-override"))).toBe(percent(expected.ascentOverride));
    expect(percent(declared("descent-override"))).toBe(percent(expected.descentOverride));
    expect(percent(declared("line-gap-override"))).toBe(percent(expected.lineGapOverride));
    expect(percent(declared("size-adjust"))).toBe(percent(expected.sizeAdjust));
  });

  it("names Times New Roman and the fonts that share its metrics where Times is missing", () => {
    expect(declared("src")).toBe('local("Times New Roman"), local("Liberation Serif"), local("Tinos")');
  });
});
