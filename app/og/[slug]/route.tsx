// The 1200×630 sharing image of an article: headline, section and masthead, drawn by next/og.
// Public articles only; a draft or scheduled article gets one only in an editor's preview.
import { ImageResponse } from "next/og";
import { now } from "@/lib/clock";
import { visibleArticle } from "@/lib/content/access";
import { getContent, sectionOf } from "@/lib/content/store";

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const access = await visibleArticle((await params).slug, now(), { previews: true });
  if (!access) return new Response("No such image.\n", { status: 404 });
  const { article, preview } = access;
  const { site } = getContent();
  const headline = article.title.length > 120 ? `${article.title.slice(0, 117)}…` : article.title;
  return new ImageResponse(
    (
      <div style={{ width: "100%", height: "100%", display: "flex", flexDirection: "column", justifyContent: "space-between", padding: 64, background: "#fbfaf7", color: "#1b1b1b", borderTop: "16px solid #a1271c" }}>
        <div style={{ display: "flex", fontSize: 30, color: "#a1271c", textTransform: "uppercase", letterSpacing: 3 }}>{sectionOf(article).name}</div>
        <div style={{ display: "flex", fontSize: headline.length > 70 ? 60 : 72, lineHeight: 1.15 }}>{headline}</div>
        <div style={{ display: "flex", fontSize: 34, borderTop: "2px solid #1b1b1b", paddingTop: 24 }}>{site.name}</div>
      </div>
    ),
    {
      width: 1200,
      height: 630,
      headers: { "Cache-Control": preview ? "private, no-store" : "public, max-age=3600, s-maxage=86400, stale-while-revalidate=86400" },
    },
  );
}
