import { rssResponse, siteScope } from "@/lib/seo/feed-routes";

export const dynamic = "force-dynamic";

export function GET() {
  return rssResponse(siteScope(), "/feed.xml");
}
