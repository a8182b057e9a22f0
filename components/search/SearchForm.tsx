import type { Section } from "@/lib/content/schema";
import { SEARCH_PATH, type SearchForm as Form } from "@/lib/search/params";

/** The results page's own form: the query kept in its box, the section and date filters as plain GET fields. */
export function SearchForm({ form, sections }: { form: Form; sections: Section[] }) {
  return (
    <form action={SEARCH_PATH} method="get" role="search" aria-label="Search articles" className="search-form">
      <div className="field search-query">
        <label htmlFor="search-q">Search for</label>
        <input id="search-q" type="search" name="q" defaultValue={form.q} maxLength={200} autoComplete="off" />
      </div>
      <div className="search-filters">
        <div className="field">
          <label htmlFor="search-section">Section</label>
          <select id="search-section" name="section" defaultValue={form.section}>
            <option value="">All sections</option>
            {sections.map((section) => (
              <option key={section.slug} value={section.slug}>
                {section.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="search-from">Published from</label>
          <input id="search-from" type="date" name="from" defaultValue={form.from} min="1900-01-01" />
        </div>
        <div className="field">
          <label htmlFor="search-to">Published until</label>
          <input id="search-to" type="date" name="to" defaultValue={form.to} min="1900-01-01" />
        </div>
      </div>
      <button type="submit" className="button">
        Search
      </button>
    </form>
  );
}
