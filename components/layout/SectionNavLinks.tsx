"use client";
// Client leaf: the menu sits in the shared layout, which stays mounted across client navigations, so the current section must follow the URL.
import Link from "next/link";
import { usePathname } from "next/navigation";

type NavLink = { href: string; label: string };

function isCurrent(href: string, pathname: string): boolean {
  return href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`);
}

export function SectionNavLinks({ links }: { links: NavLink[] }) {
  const pathname = usePathname();
  return (
    <ul className="section-nav-list">
      {links.map((link) => {
        const current = isCurrent(link.href, pathname);
        return (
          <li key={link.href}>
            <Link href={link.href} aria-current={current ? "page" : undefined} className="section-nav-link">
              {link.label}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
