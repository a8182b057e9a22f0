import Link from "next/link";
import { pagePath, pageWindow } from "@/lib/pagination";

type Props = {
  basePath: string;
  page: number;
  pageCount: number;
  label: string;
  /** Page addresses other than "/base" and "/base/page/N". */
  href?: (page: number) => string;
  /** Listings run newest first; a conversation runs oldest first. */
  previousLabel?: string;
  nextLabel?: string;
};

/** Previous / numbered / next links; plain anchors so they work without JavaScript and crawlers follow them. */
export function Pagination({
  basePath,
  page,
  pageCount,
  label,
  href = (n) => pagePath(basePath, n),
  previousLabel = "← Newer",
  nextLabel = "Older →",
}: Props) {
  if (pageCount <= 1) return null;
  return (
    <nav aria-label={label} className="pagination">
      <ul>
        {page > 1 && (
          <li>
            <Link href={href(page - 1)} rel="prev">
              {previousLabel}
            </Link>
          </li>
        )}
        {pageWindow(page, pageCount).map((n, i) => (
          <li key={n ?? `gap-${i}`}>
            {n === null ? (
              <span aria-hidden="true">…</span>
            ) : n === page ? (
              <span aria-current="page" className="pagination-current">
                <span className="visually-hidden">Page </span>
                {n}
              </span>
            ) : (
              <Link href={href(n)}>
                <span className="visually-hidden">Page </span>
                {n}
              </Link>
            )}
          </li>
        ))}
        {page < pageCount && (
          <li>
            <Link href={href(page + 1)} rel="next">
              {nextLabel}
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
