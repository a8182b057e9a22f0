import Link from "next/link";
import { Pagination } from "@/components/ui/Pagination";
import type { Section } from "@/lib/content/schema";
import { resultSummary, type SearchPageData } from "@/lib/search/page-data";
import { PAGE_SIZE } from "@/lib/pagination";
import { SEARCH_PATH, searchHref } from "@/lib/search/params";
import { SearchForm } from "./SearchForm";
import { SearchResult } from "./SearchResult";

function SectionLinks({ sections }: { sections: Section[] }) {
  return (
    <ul className="search-sections">
      {sections.map((section) => (
        <li key={section.slug}>
          <Link href={`/${section.slug}`}>{section.name}</Link>
        </li>
      ))}
    </ul>
  );
}

export function SearchView({ data }: { data: SearchPageData }) {
  const { form, site, sections, searched, total, results } = data;
  const filtered = Boolean(form.section || form.from || form.to);
  return (
    <div className="search-page container">
      <header className="page-header">
        <h1 className="page-title">Search</h1>
      </header>
      <SearchForm form={form} sections={sections} />
      <p role="status" className="search-summary">
        {resultSummary(data)}
      </p>
      {!searched && (
        <div className="search-help">
          <p>
            Type a word or a few words: every headline, standfirst and article is searched. Put a phrase in quotes
            (&quot;salt-tolerant rice&quot;), or end a word with * to match its beginning (militar*).
          </p>
          <h2 className="block-heading">Or browse a section</h2>
          <SectionLinks sections={sections} />
        </div>
      )}
      {searched && total === 0 && (
        <div className="search-help">
          <p>Nothing we have published matches that. You could:</p>
          <ul className="search-tips">
            <li>check the spelling, or try fewer or more general words;</li>
            <li>end a word with * to match words that begin with it;</li>
            {filtered && (
              <li>
                <Link href={searchHref({ q: form.q, section: "", from: "", to: "" })}>
                  search all sections and dates
                </Link>
                ;
              </li>
            )}
            <li>browse a section:</li>
          </ul>
          <SectionLinks sections={sections} />
        </div>
      )}
      {results.length > 0 && (
        <ol className="search-results" start={(form.page - 1) * PAGE_SIZE + 1}>
          {results.map((result) => (
            <li key={result.article.slug}>
              <SearchResult result={result} timeZone={site.timeZone} locale={site.language} />
            </li>
          ))}
        </ol>
      )}
      <Pagination
        basePath={SEARCH_PATH}
        page={form.page}
        pageCount={data.pageCount}
        label="Search result pages"
        href={(n) => searchHref(form, n)}
        previousLabel="← Previous"
        nextLabel="Next →"
      />
    </div>
  );
}
