// The serif for headlines and long-form reading, self-hosted from an npm package (nothing is fetched at run time).
// next/font reads these options when it builds, so each is written out literally. The italic lives beside the
// article template (components/article/italic-font.ts), so only article pages load it.
import localFont from "next/font/local";

export const serif = localFont({
  src: "../node_modules/@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-normal.woff2",
  style: "normal",
  weight: "200 900",
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
