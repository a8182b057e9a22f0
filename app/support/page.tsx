import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { markdownToHtml } from "@/lib/content/markdown";
import { getContent } from "@/lib/content/store";
import { listingMetadata } from "@/lib/seo/metadata";

export function generateMetadata(): Metadata {
  const page = getContent().support?.page;
  return page
    ? listingMetadata({
        title: page.title,
        description: page.intro.replace(/\s+/g, " ").slice(0, 160),
        path: "/support",
      })
    : {};
}

/** Why and how to support the paper. No banner or Epic here: this page is the appeal. */
export default function SupportPage() {
  const support = getContent().support;
  if (!support) notFound();
  const { page } = support;
  return (
    <div className="support-page container">
      <h1 className="page-title">{page.title}</h1>
      <div className="page-description" dangerouslySetInnerHTML={{ __html: markdownToHtml(page.intro) }} />
      <section aria-labelledby="ways-heading">
        <h2 id="ways-heading" className="block-heading">
          Ways to help
        </h2>
        <ul className="support-options">
          {page.options.map((option) => (
            <li key={option.title}>
              <h3 className="card-title">{option.title}</h3>
              <p>{option.description}</p>
            </li>
          ))}
        </ul>
      </section>
      {page.faq.length > 0 && (
        <section aria-labelledby="faq-heading">
          <h2 id="faq-heading" className="block-heading">
            Questions
          </h2>
          <dl className="faq">
            {page.faq.map((item) => (
              <div key={item.question}>
                <dt>{item.question}</dt>
                <dd>{item.answer}</dd>
              </div>
            ))}
          </dl>
        </section>
      )}
    </div>
  );
}
