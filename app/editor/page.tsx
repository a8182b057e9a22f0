import type { Metadata } from "next";
import { DeskArticleTable } from "@/components/editor/DeskArticleTable";
import { DeskHeader } from "@/components/editor/DeskHeader";
import { requireEditor } from "@/lib/auth/guards";
import { now } from "@/lib/clock";
import { deskArticles, findSection, getContent } from "@/lib/content/store";
import { searchParam } from "@/lib/http/search-param";

export const metadata: Metadata = { title: "Editors’ desk" };

export default async function DeskPage({ searchParams }: PageProps<"/editor">) {
  const editor = await requireEditor("/editor");
  const notice = searchParam((await searchParams).notice);
  const { site } = getContent();
  const { drafts, scheduled, latest } = deskArticles(now());
  const common = {
    timeZone: site.timeZone,
    locale: site.language,
    sectionName: (slug: string) => findSection(slug)?.name ?? slug,
  };
  return (
    <>
      <DeskHeader editor={editor} title="Editors’ desk" />
      {notice === "admins-only" && (
        <p role="status" className="notice">
          Only admins can manage editors.
        </p>
      )}
      <section aria-labelledby="drafts-heading">
        <h2 id="drafts-heading" className="block-heading">
          Drafts ({drafts.length})
        </h2>
        <DeskArticleTable
          caption="Drafts"
          articles={drafts}
          dateLabel="Dated"
          shareable
          empty="No drafts."
          {...common}
        />
      </section>
      <section aria-labelledby="scheduled-heading">
        <h2 id="scheduled-heading" className="block-heading">
          Scheduled ({scheduled.length})
        </h2>
        <DeskArticleTable
          caption="Scheduled articles"
          articles={scheduled}
          dateLabel="Goes live"
          shareable
          empty="Nothing scheduled."
          {...common}
        />
      </section>
      <section aria-labelledby="latest-heading">
        <h2 id="latest-heading" className="block-heading">
          Latest published
        </h2>
        <DeskArticleTable
          caption="Latest published"
          articles={latest}
          dateLabel="Published"
          empty="Nothing published yet."
          {...common}
        />
      </section>
    </>
  );
}
