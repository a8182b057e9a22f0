// The serif for headlines and long-form reading, self-hosted (nothing is fetched at run time): Source Serif 4 cut down
// by scripts/subset-serif.ts to the weights and characters the pages use, one 26 KB file instead of a 52 KB roman and
// a 52 KB italic, since Lighthouse counts every byte that arrives before the largest paint. Emphasis is the roman
// slanted by the browser. next/font reads these options when it builds, so each is written out literally.
import localFont from "next/font/local";

export const serif = localFont({
  src: "./source-serif-4-subset.woff2",
  style: "normal",
  weight: "400 800",
  variable: "--font-source-serif",
  // Text is drawn at once in the fallback and swapped when the font arrives (preloaded, it usually has by the first
  // paint): "swap" rather than "optional" so first visits see the house serif too, and no shift, since the fallback
  // below is resized to the font's metrics.
  display: "swap",
  // A serif fallback with size-adjust and ascent/descent overrides computed from the font (next/font writes the
  // @font-face), so headline and body lines break where the web font's will.
  adjustFontFallback: "Times New Roman",
  fallback: ["Georgia", "Cambria", "Times New Roman", "serif"],
});
