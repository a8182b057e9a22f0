import Link from "next/link";
import { pagePath, pageWindow } from "@/lib/pagination";

type Props = { basePath: string; page: number; pageCount: number; label: string };

/** Previous / numbered / next links; plain anchors so they work without JavaScript and crawlers follow them. */
export function Pagination({ basePath, page, pageCount, label }: Props) {
  if (pageCount <= 1) return null;
  return (
    <nav aria-label={label} className="pagination">
      <ul>
        {page > 1 && (
          <li>
            <Link href={pagePath(basePath, page - 1)} rel="prev">← Newer</Link>
          </li>
        )}
        {pageWindow(page, pageCount).map((n, i) => (
          <li key={n ?? `gap-${i}`}>
            {n === null ? (
              <span aria-hidden="true">…</span>
            ) : n === page ? (
              <span aria-current="page" className="pagination-current">
                <span className="visually-hidden">Page </span>{n}
              </span>
            ) : (
              <Link href={pagePath(basePath, n)}>
                <span className="visually-hidden">Page </span>{n}
              </Link>
            )}
          </li>
        ))}
        {page < pageCount && (
          <li>
            <Link href={pagePath(basePath, page + 1)} rel="next">Older →</Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
