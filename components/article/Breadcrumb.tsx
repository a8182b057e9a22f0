import Link from "next/link";

export type Crumb = { name: string; href: string };

/** Home » Section » Headline; the last crumb is the current page. */
export function Breadcrumb({ trail }: { trail: Crumb[] }) {
  return (
    <nav aria-label="Breadcrumb" className="breadcrumb">
      <ol>
        {trail.map((crumb, i) => {
          const last = i === trail.length - 1;
          return (
            <li key={crumb.href}>
              {last ? (
                <span aria-current="page">{crumb.name}</span>
              ) : (
                <>
                  <Link href={crumb.href}>{crumb.name}</Link>
                  <span aria-hidden="true" className="breadcrumb-sep">
                    »
                  </span>
                </>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
