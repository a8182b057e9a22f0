// Cuts the house serif (Source Serif 4, from @fontsource-variable) down to what the site's pages draw with it, into the
// one small file app/fonts.ts preloads: the weights the stylesheet uses (400 body text to 800 headlines, still one
// variable font), the characters of English news copy and the accented letters of names, and only the layout
// features browsers apply by default. Glyphs outside it are drawn by the metric-matched fallback; no true italic
// (the browser slants the roman). Run `npm run fonts:serif` after changing any of these choices; the output is
// committed, so builds need nothing but the file.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import subsetFont from "subset-font";

const SOURCE = "node_modules/@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-normal.woff2";
const SUBSET_FILE = "app/source-serif-4-subset.woff2";

/** Code point ranges, inclusive: ASCII, the Latin-1 letters, and the symbols and punctuation news copy uses. */
const RANGES: [number, number][] = [
  [0x20, 0x7e],
  [0xa0, 0xa0], // no-break space
  [0xa3, 0xa3], // £
  [0xa9, 0xa9], // ©
  [0xab, 0xab], // «
  [0xb0, 0xb0], // °
  [0xb2, 0xb3], // ² ³
  [0xb7, 0xb7], // ·
  [0xbb, 0xbb], // »
  [0xc0, 0xff], // À … ÿ
  [0x152, 0x153], // Œ œ
  [0x2013, 0x2014], // – —
  [0x2018, 0x2019], // ‘ ’
  [0x201c, 0x201d], // “ ”
  [0x2022, 0x2022], // •
  [0x2026, 0x2026], // …
  [0x20ac, 0x20ac], // €
];

const text = RANGES.flatMap(([from, to]) =>
  Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i)),
).join("");

async function main() {
  const subset = await subsetFont(readFileSync(path.resolve(SOURCE)), text, {
    targetFormat: "woff2",
    variationAxes: { wght: { min: 400, max: 800 } },
    // Kerning and the standard ligatures: what browsers turn on by default. Small capitals, figure styles and the like
    // (most of the original's weight) are never asked for by the stylesheet.
    keepFeatures: ["kern", "liga"],
  });
  writeFileSync(SUBSET_FILE, subset);
  console.log(`${SUBSET_FILE}: ${subset.length.toLocaleString("en-GB")} bytes.`);
}

void main();
