import Link from "next/link";

// Plain ASCII, like not-found.tsx: the layout's tree rides in every page's payload.
export function Masthead({ name, tagline }: { name: string; tagline: string }) {
  return (
    <div className="masthead container">
      <Link href="/" className="masthead-name">
        {name}
      </Link>
      <p className="masthead-tagline">{tagline}</p>
      {/* A plain GET form: works without JavaScript, and its results page has an address of its own. */}
      <form action="/search" method="get" role="search" aria-label="Site" className="masthead-search">
        <label htmlFor="masthead-q" className="visually-hidden">
          Search articles
        </label>
        <input
          id="masthead-q"
          type="search"
          name="q"
          maxLength={200}
          autoComplete="off"
          placeholder="Search articles"
        />
        <button type="submit">Search</button>
      </form>
    </div>
  );
}
