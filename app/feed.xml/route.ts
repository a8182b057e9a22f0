import { now } from "@/lib/clock";
import { getContent, publicArticles } from "@/lib/content/store";
import { rssResponse } from "@/lib/seo/feed-routes";

export const dynamic = "force-dynamic";

export function GET() {
  const { site } = getContent();
  return rssResponse({ title: site.name, description: site.description, pagePath: "/", articles: publicArticles(now()) }, "/feed.xml");
}
