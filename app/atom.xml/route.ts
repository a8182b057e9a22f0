import { now } from "@/lib/clock";
import { getContent, publicArticles } from "@/lib/content/store";
import { atomResponse } from "@/lib/seo/feed-routes";

export const dynamic = "force-dynamic";

export function GET() {
  const { site } = getContent();
  return atomResponse({ title: site.name, description: site.description, pagePath: "/", articles: publicArticles(now()) }, "/atom.xml");
}
