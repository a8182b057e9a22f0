import type { Metadata } from "next";
import { PUBLIC_ROBOTS, SITE_FEEDS } from "@/lib/seo/metadata";
import { FrontPage } from "@/components/section/FrontPage";
import { JsonLd } from "@/components/seo/JsonLd";
import { now } from "@/lib/clock";
import { websiteGraph } from "@/lib/seo/json-ld";
import { siteUrl } from "@/lib/site";
import { articlesInSection, getContent, publicArticles, topStory } from "@/lib/content/store";

export const metadata: Metadata = { alternates: { canonical: "/", types: SITE_FEEDS }, robots: PUBLIC_ROBOTS };

const LATEST_COUNT = 8;
const PER_SECTION = 4;

export default function HomePage() {
  const at = now();
  const { site, sections } = getContent();
  const top = topStory(at);
  const latest = publicArticles(at)
    .filter((article) => article !== top)
    .slice(0, LATEST_COUNT);
  const blocks = sections.map((section) => ({
    section,
    articles: articlesInSection(section.slug, at)
      .filter((article) => article !== top)
      .slice(0, PER_SECTION),
  }));
  return (
    <>
      <JsonLd graph={websiteGraph({ origin: siteUrl(), site })} />
      <FrontPage site={site} top={top} latest={latest} blocks={blocks} />
    </>
  );
}
