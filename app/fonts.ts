// The serif for headlines and long-form reading, self-hosted from an npm package (nothing is fetched at run time).
// next/font reads these options when it builds, so each is written out literally. The italic lives beside the
// article template (components/article/italic-font.ts), so only article pages load it.
import localFont from "next/font/local";

export const serif = localFont({
  src: "../node_modules/@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-normal.woff2",
  style: "normal",
  weight: "200 900",
  variable: "--font-source-serif",
  display: "swap",
  fallback: ["Georgia", "Cambria", "Times New Roman", "serif"],
});
