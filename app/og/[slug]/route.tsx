// The 1200×630 sharing image of an article: headline, section and masthead, drawn by next/og.
// Public articles only, kept in Next's route cache per slug (a query string never reaches it): built with the site,
// re-checked every 30 seconds. A draft or scheduled article gets one only in an editor's preview, which Next renders
// per request in draft mode and never stores.
import { ImageResponse } from "next/og";
import { now } from "@/lib/clock";
import type { Article } from "@/lib/content/load";
import { articleForRequest } from "@/lib/content/access";
import { getContent, prerenderedArticles, sectionOf } from "@/lib/content/store";
import { drawOnce } from "@/lib/draw-once";

export const revalidate = 30;
// The recent window's images are built with the site (a scheduled article's as a 404 that goes live when
// regenerated); any other article's is drawn on its first request and cached alike. A 404 is never stored.
export const dynamicParams = true;

export function generateStaticParams(): { slug: string }[] {
  return prerenderedArticles(now()).map((article) => ({ slug: article.slug }));
}

export async function GET(_request: Request, { params }: RouteContext<"/og/[slug]">) {
  // Reached per request only in draft mode (Next skips its cache there), where the session is checked.
  const access = await articleForRequest((await params).slug);
  if (!access) return new Response("No such image.\n", { status: 404 });
  const { article, preview } = access;
  if (!preview) {
    const png = await drawOnce(`og:${article.slug}`, async () => new Uint8Array(await draw(article).arrayBuffer()));
    return new Response(png, {
      headers: {
        "Content-Type": "image/png",
        "Cache-Control": "public, max-age=3600, s-maxage=86400, stale-while-revalidate=86400",
      },
    });
  }
  const image = draw(article);
  image.headers.set("Cache-Control", "private, no-store");
  return image;
}

function draw(article: Article): ImageResponse {
  const { site } = getContent();
  const headline = article.title.length > 120 ? `${article.title.slice(0, 117)}…` : article.title;
  return new ImageResponse(
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        padding: 64,
        background: "#fbfaf7",
        color: "#1b1b1b",
        borderTop: "16px solid #a1271c",
      }}
    >
      <div style={{ display: "flex", fontSize: 30, color: "#a1271c", textTransform: "uppercase", letterSpacing: 3 }}>
        {sectionOf(article).name}
      </div>
      <div style={{ display: "flex", fontSize: headline.length > 70 ? 60 : 72, lineHeight: 1.15 }}>{headline}</div>
      <div style={{ display: "flex", fontSize: 34, borderTop: "2px solid #1b1b1b", paddingTop: 24 }}>{site.name}</div>
    </div>,
    { width: 1200, height: 630 },
  );
}
