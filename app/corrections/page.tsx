import type { Metadata } from "next";
import { CorrectionsList } from "@/components/corrections/CorrectionsList";
import { now } from "@/lib/clock";
import { publicCorrections } from "@/lib/content/latest-corrections";
import { getContent } from "@/lib/content/store";
import { CORRECTIONS_FEED } from "@/lib/seo/feed-routes";
import { listingMetadata } from "@/lib/seo/metadata";

const DESCRIPTION =
  "Where we got something wrong in an article and have put it right: the latest corrections, newest first.";

export function generateMetadata(): Metadata {
  return listingMetadata({
    title: "Corrections",
    description: DESCRIPTION,
    path: "/corrections",
    feedPath: CORRECTIONS_FEED,
    feedTitle: `Corrections | ${getContent().site.name} (RSS)`,
  });
}

/** Cached like every listing; a correction's time expires it (lib/cache/content-schedule.ts). */
export default function CorrectionsPage() {
  const { site } = getContent();
  return (
    <CorrectionsList
      corrections={publicCorrections(now())}
      description={DESCRIPTION}
      feedPath={CORRECTIONS_FEED}
      timeZone={site.timeZone}
      locale={site.language}
    />
  );
}
