import { correctionsRssResponse } from "@/lib/seo/feed-routes";

export const dynamic = "force-dynamic";

export function GET() {
  return correctionsRssResponse();
}
