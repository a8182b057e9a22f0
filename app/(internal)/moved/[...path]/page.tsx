// Every address that no route answers lands here (next.config.ts's fallback rewrite): an article's old address moves
// permanently to the article, a listing's "page 1" to the listing, keeping the query; anything else is the site's 404.
// (Two-segment addresses reach the article route, which asks the same lookup: lib/content/access.ts.)
// Rendered per request: a cached redirect would carry its Location header twice (Next 16), and this page is never
// in front of the pages readers ask for, so old addresses cost those nothing however many there are.
import { notFound, permanentRedirect } from "next/navigation";
import { now } from "@/lib/clock";
import { movedPath } from "@/lib/content/canonical-path";

export const dynamic = "force-dynamic";

type Props = PageProps<"/moved/[...path]">;

function queryString(searchParams: Awaited<Props["searchParams"]>): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(searchParams)) {
    for (const each of [value ?? []].flat()) query.append(name, each);
  }
  const text = query.toString();
  return text ? `?${text}` : "";
}

export default async function MovedPage({ params, searchParams }: Props) {
  const { path } = await params;
  const target = movedPath(`/${path.join("/")}`, now());
  if (!target) notFound();
  permanentRedirect(target + queryString(await searchParams));
}
