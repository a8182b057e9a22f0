// Crops of published articles' lead images, in the shapes structured data and social cards ask for.
// Only images of public articles: a draft's picture is not served here. Kept in Next's route cache per ratio and image
// (a query string never reaches it): built with the site, re-checked every 30 seconds.
import { readFile } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";
import { now } from "@/lib/clock";
import { MEDIA_RATIOS, MEDIA_SIZES, type MediaRatio } from "@/lib/content/media";
import { prerenderedArticles, publicArticles } from "@/lib/content/store";
import { drawOnce } from "@/lib/draw-once";

// No libvips operation cache (up to 50 MB a process): each crop is cut once and kept by drawOnce and the route cache.
sharp.cache(false);

type Params = Awaited<RouteContext<"/media/[ratio]/[...path]">["params"]>;

export const revalidate = 30;
// The recent window's crops are built with the site (a scheduled article's as 404s that go live when regenerated);
// any other article's is cut on its first request and cached alike. A 404 is never stored (lib/cache/handler.mjs).
export const dynamicParams = true;

export function generateStaticParams(): Params[] {
  const images = new Set(prerenderedArticles(now()).map((article) => article.hero.src));
  return [...images].flatMap((src) => MEDIA_RATIOS.map((ratio) => ({ ratio, path: src.split("/").slice(1) })));
}

export async function GET(_request: Request, { params }: RouteContext<"/media/[ratio]/[...path]">) {
  const { ratio, path: parts } = await params;
  const size = MEDIA_SIZES[ratio as MediaRatio];
  const src = `/${parts.join("/")}`;
  if (!size || !publicArticles(now()).some((article) => article.hero.src === src))
    return new Response("No such image.\n", { status: 404 });
  const image = await drawOnce(`media:${ratio}:${src}`, async () => {
    const file = await readFile(path.join(/* turbopackIgnore: true */ process.cwd(), "public", src));
    const crop = sharp(file).resize(size[0], size[1], { fit: "cover", position: "attention" });
    return Uint8Array.from(await crop.jpeg({ quality: 80, mozjpeg: true }).toBuffer());
  });
  return new Response(image, {
    headers: {
      "Content-Type": "image/jpeg",
      "Cache-Control": "public, max-age=86400, s-maxage=604800, stale-while-revalidate=86400",
    },
  });
}
