// A picture through next/image's optimizer, rendered on the server as a plain <img> with the attributes next/image
// would print (srcset, sizes, dimensions, lazy or eager): next/image's <Image> is a client component, so using it
// shipped its code to every page only to print the same markup. A preloaded picture is announced in the head through
// React's preload, as <Image preload> does.
import type { ComponentProps } from "react";
import { preload as preloadResource } from "react-dom";
import { imageProps } from "@/lib/content/image-props";

type Props = Omit<ComponentProps<"img">, "src" | "width" | "height" | "srcSet"> & {
  src: string;
  alt: string;
  width: number;
  height: number;
  /** Announced in the head and fetched eagerly: the page's largest paint. */
  preload?: boolean;
};

export function SiteImage({ preload = false, ...image }: Props) {
  const props = imageProps({ ...image, loading: preload ? "eager" : (image.loading ?? "lazy") });
  if (preload) {
    preloadResource(props.src, {
      as: "image",
      imageSrcSet: props.srcSet,
      imageSizes: props.sizes,
      fetchPriority: image.fetchPriority,
    });
  }
  // eslint-disable-next-line @next/next/no-img-element -- the markup next/image makes, without its client code
  return <img {...props} alt={image.alt} />;
}
