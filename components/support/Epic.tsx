import Link from "next/link";
import type { SupportSettings } from "@/lib/content/schema";
import { EpicParagraphs } from "./EpicParagraphs";

type Props = { support: SupportSettings; articleSlug: string };

/** The appeal after the article body: server-rendered, so it is there without JavaScript. */
export function Epic({ support, articleSlug }: Props) {
  const { epic, banner } = support;
  return (
    <aside id="support-epic" className="epic" aria-labelledby="support-epic-heading">
      <h2 id="support-epic-heading" className="epic-heading">
        {epic.heading}
      </h2>
      <EpicParagraphs paragraphs={epic.paragraphs} articleSlug={articleSlug} viewWindowDays={banner.viewWindowDays} />
      {epic.highlight && <p className="epic-highlight">{epic.highlight}</p>}
      <p>
        <Link href={epic.buttonHref} className="button epic-button">
          {epic.buttonLabel}
        </Link>
      </p>
    </aside>
  );
}
