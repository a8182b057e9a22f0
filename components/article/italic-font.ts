// The serif's italic, for article text (quotations, emphasis). A module of its own, imported only by the article
// template: next/font preloads a font only on the pages whose modules load it, so other pages skip these 51 KB.
import localFont from "next/font/local";

export const serifItalic = localFont({
  src: "../../node_modules/@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-italic.woff2",
  style: "italic",
  weight: "200 900",
  variable: "--font-source-serif-italic",
  display: "swap",
  fallback: ["Georgia", "Cambria", "Times New Roman", "serif"],
});
