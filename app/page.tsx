import type { Metadata } from "next";
import { FrontPage } from "@/components/section/FrontPage";
import { now } from "@/lib/clock";
import { articlesInSection, getContent, publicArticles, topStory } from "@/lib/content/store";

export const metadata: Metadata = { alternates: { canonical: "/" } };

const LATEST_COUNT = 8;
const PER_SECTION = 4;

export default function HomePage() {
  const at = now();
  const { site, sections } = getContent();
  const top = topStory(at);
  const latest = publicArticles(at).filter((article) => article !== top).slice(0, LATEST_COUNT);
  const blocks = sections.map((section) => ({
    section,
    articles: articlesInSection(section.slug, at).filter((article) => article !== top).slice(0, PER_SECTION),
  }));
  return <FrontPage site={site} top={top} latest={latest} blocks={blocks} />;
}
