// Markdown → HTML for article bodies and author bios. Raw HTML in content is dropped, never passed through.
import type { Element, ElementContent, Root } from "hast";
import rehypeSlug from "rehype-slug";
import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { visit } from "unist-util-visit";
import { imageProps } from "./image-props";
import { ARTICLE_COLUMN_SIZES } from "./image-sizes";
import { imageDimensions } from "./images";

const SAFE_HREF = /^(?:https?:|mailto:|\/|#)/i;

/** A paragraph holding nothing but one image becomes a figure; its title reads "Caption | Credit". */
function figureFromImage(image: Element): Element {
  const title = typeof image.properties.title === "string" ? image.properties.title : "";
  const [caption = "", credit = ""] = title.split(" | ").map((part) => part.trim());
  delete image.properties.title;
  const captionChildren: ElementContent[] = [];
  if (caption) captionChildren.push({ type: "text", value: caption });
  if (credit) {
    if (caption) captionChildren.push({ type: "text", value: " " });
    captionChildren.push({ type: "element", tagName: "span", properties: { className: ["credit"] }, children: [{ type: "text", value: credit }] });
  }
  const children: ElementContent[] = [image];
  if (captionChildren.length) children.push({ type: "element", tagName: "figcaption", properties: {}, children: captionChildren });
  return { type: "element", tagName: "figure", properties: {}, children };
}

function isLoneImage(node: Element): Element | null {
  const meaningful = node.children.filter((child) => !(child.type === "text" && child.value.trim() === ""));
  const only = meaningful[0];
  return meaningful.length === 1 && only?.type === "element" && only.tagName === "img" ? only : null;
}

/**
 * A body image below the fold: lazy, sized to reserve its space and, for a file of the site's, offered through
 * next/image's optimizer (the one path every image on the site takes) in the widths the article column needs.
 */
function responsiveImage(src: string): Record<string, string | number> {
  const size = imageDimensions(src);
  if (!size) return { loading: "lazy", decoding: "async" };
  const props = imageProps({ src, alt: "", ...size, sizes: ARTICLE_COLUMN_SIZES, loading: "lazy" });
  return {
    src: props.src,
    srcSet: props.srcSet ?? "",
    sizes: props.sizes ?? ARTICLE_COLUMN_SIZES,
    width: size.width,
    height: size.height,
    loading: "lazy",
    decoding: "async",
  };
}

/** Article typography: one h1 per page (the headline), figures, sized lazy images, scrollable tables, safe links. */
function rehypeNewsroom() {
  return (tree: Root) => {
    visit(tree, "element", (node, index, parent) => {
      if (node.tagName === "h1") node.tagName = "h2";
      if (node.tagName === "a") {
        const href = String(node.properties.href ?? "");
        if (!SAFE_HREF.test(href)) delete node.properties.href;
      }
      if (node.tagName === "img") Object.assign(node.properties, responsiveImage(String(node.properties.src ?? "")));
      if (!parent || index === undefined) return;
      if (node.tagName === "p") {
        const image = isLoneImage(node);
        if (image) parent.children[index] = figureFromImage(image);
      }
      if (node.tagName === "table" && !(parent.type === "element" && parent.tagName === "div")) {
        // A wide table scrolls inside its own keyboard-reachable region instead of widening the page.
        parent.children[index] = {
          type: "element",
          tagName: "div",
          properties: { className: ["table-scroll"], role: "region", ariaLabel: "Table", tabIndex: 0 },
          children: [node],
        };
        return "skip";
      }
    });
  };
}

const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype)
  .use(rehypeSlug)
  .use(rehypeNewsroom)
  .use(rehypeStringify);

export function markdownToHtml(markdown: string): string {
  return String(processor.processSync(markdown));
}
