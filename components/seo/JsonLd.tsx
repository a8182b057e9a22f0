import { serializeJsonLd, type Graph } from "@/lib/seo/json-ld";

/** One schema.org graph for the page, serialised so no text in it can end the script element. */
export function JsonLd({ graph }: { graph: Graph }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(graph) }} />;
}
