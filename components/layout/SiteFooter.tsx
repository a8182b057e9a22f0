import Link from "next/link";
import type { Section, SiteSettings } from "@/lib/content/schema";

export function SiteFooter({ site, sections }: { site: SiteSettings; sections: Section[] }) {
  return (
    <footer className="site-footer">
      <div className="footer-grid container">
        <div>
          <p className="footer-name">{site.name}</p>
          <p>{site.description}</p>
        </div>
        <nav aria-label="Footer">
          <ul className="footer-links">
            {sections.map((section) => (
              <li key={section.slug}>
                <Link href={`/${section.slug}`}>{section.name}</Link>
              </li>
            ))}
            {site.footerLinks.map((link) => (
              <li key={link.href + link.label}>
                <Link href={link.href}>{link.label}</Link>
              </li>
            ))}
          </ul>
        </nav>
        <p className="footer-copy">© {site.name}. Independent and reader-funded.</p>
      </div>
    </footer>
  );
}
