import type { Section } from "@/lib/content/schema";
import { SectionNavLinks } from "./SectionNavLinks";

export function SectionNav({ sections }: { sections: Section[] }) {
  const links = [
    { href: "/", label: "Home" },
    ...sections.map((section) => ({ href: `/${section.slug}`, label: section.name })),
  ];
  return (
    <nav aria-label="Sections" className="section-nav">
      <div className="container">
        <SectionNavLinks links={links} />
      </div>
    </nav>
  );
}
