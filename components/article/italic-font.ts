// The serif's italic, for article text (quotations, emphasis), in a module of its own so only the article template
// loads it. Not preloaded, so its 51 KB never compete with what the first paint needs; "optional" because a late swap
// would shift the text (Lighthouse measured CLS 0.035 with "swap"): a first visit may show the fallback italic, later
// ones have the font from the cache.
import localFont from "next/font/local";

export const serifItalic = localFont({
  src: "../../node_modules/@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-italic.woff2",
  style: "italic",
  weight: "200 900",
  variable: "--font-source-serif-italic",
  display: "optional",
  preload: false,
  adjustFontFallback: "Times New Roman",
  fallback: ["Georgia", "Cambria", "Times New Roman", "serif"],
});
