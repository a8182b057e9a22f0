// Crops of published articles' lead images, in the shapes structured data and social cards ask for.
// Only images of public articles: a draft's picture is not served here.
import { readFile } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";
import { now } from "@/lib/clock";
import { publicArticles } from "@/lib/content/store";

const SIZES: Record<string, [number, number]> = { "16x9": [1200, 675], "4x3": [1200, 900], "1x1": [1200, 1200], og: [1200, 630] };

export async function GET(_request: Request, { params }: { params: Promise<{ ratio: string; path: string[] }> }) {
  const { ratio, path: parts } = await params;
  const size = SIZES[ratio];
  const src = `/${parts.join("/")}`;
  if (!size || !publicArticles(now()).some((article) => article.hero.src === src)) return new Response("No such image.\n", { status: 404 });
  const file = await readFile(path.join(/* turbopackIgnore: true */ process.cwd(), "public", src));
  const image = await sharp(file).resize(size[0], size[1], { fit: "cover", position: "attention" }).jpeg({ quality: 80, mozjpeg: true }).toBuffer();
  return new Response(new Uint8Array(image), {
    headers: { "Content-Type": "image/jpeg", "Cache-Control": "public, max-age=86400, s-maxage=604800, stale-while-revalidate=86400" },
  });
}
