// "/{section}/{slug}" paths that are not a built article land here (next.config.ts): an article's slug under the
// wrong section moves permanently to its own address; anything else is the site's 404. Rendered per request.
import { notFound, permanentRedirect } from "next/navigation";
import { now } from "@/lib/clock";
import { articleElsewhere } from "@/lib/content/canonical-path";

export const dynamic = "force-dynamic";

export default async function MisplacedArticlePage({ params }: { params: Promise<{ section: string; slug: string }> }) {
  const { section, slug } = await params;
  const target = articleElsewhere(`/${section}/${slug}`, now());
  if (!target) notFound();
  permanentRedirect(target);
}
