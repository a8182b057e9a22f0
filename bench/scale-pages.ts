// For bench/scale.sh: addresses in the content folder CONTENT_DIR, read with the site's own loader.
//   tsx bench/scale-pages.ts on-demand N   N random public articles outside the prerender window, one a line
//   tsx bench/scale-pages.ts prerendered   one public article the build prerenders
//   tsx bench/scale-pages.ts count         how many articles the build prerenders
import { now } from "../lib/clock";
import { prerenderedArticles, publicArticles } from "../lib/content/store";

const [what, count] = process.argv.slice(2);
const at = now();
const built = new Set(prerenderedArticles(at).map((article) => article.path));
if (what === "count") {
  console.log(built.size);
} else if (what === "prerendered") {
  const article = publicArticles(at).find((candidate) => built.has(candidate.path));
  if (!article) throw new Error("No public article within the prerender window.");
  console.log(article.path);
} else {
  const outside = publicArticles(at).filter((article) => !built.has(article.path));
  // A fixed shuffle, so two runs crawl the same pages.
  let seed = 1;
  const next = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
  for (let i = outside.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [outside[i], outside[j]] = [outside[j]!, outside[i]!];
  }
  console.log(
    outside
      .slice(0, Number(count))
      .map((article) => article.path)
      .join("\n"),
  );
}
