// The serif for headlines and long-form reading, self-hosted (nothing is fetched at run time): Source Serif 4 cut down
// by scripts/subset-serif.ts to the weights and characters the pages use, one 26 KB file instead of a 52 KB roman and
// a 52 KB italic, since Lighthouse counts every byte that arrives before the largest paint. Emphasis is the roman
// slanted by the browser. next/font reads these options when it builds, so each is written out literally.
import localFont from "next/font/local";

// next/font names the family after this constant: never a generic name such as `serif`, which Chrome on Linux
// resolves to the system's default serif while the font loads, ahead of the fallback face below.
export const sourceSerif = localFont({
  src: "./source-serif-4-subset.woff2",
  style: "normal",
  weight: "400 800",
  variable: "--font-source-serif",
  // "swap", so the headline never waits for the font: text is drawn at once in the fallback face below and the font
  // swaps in when it arrives (preloaded, it usually has by the first paint). "optional" holds the first paint for the
  // font and cost the article ~560 ms of median LCP in alternating Lighthouse audits; it would spare the few lines
  // the resized fallback still breaks differently from the web font.
  display: "swap",
  // No fallback face from next/font: the one it writes names only local("Times New Roman"), which Linux does not
  // have, so there the text fell back to an unadjusted serif and moved when the font arrived. The site's own
  // face in globals.css also names Times New Roman's metric-compatible twins (app/fonts.test.ts keeps its numbers
  // equal to what next/font computes from this file).
  adjustFontFallback: false,
  fallback: ["Source Serif Fallback", "Georgia", "Times New Roman", "serif"],
});
