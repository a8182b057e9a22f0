// A picture through next/image's optimizer, rendered on the server as a plain <img> with the attributes next/image
// would print (srcset, sizes, dimensions, lazy or eager): next/image's <Image> is a client component, so using it
// shipped its code to every page only to print the same markup.
import type { ComponentProps } from "react";
import { imageProps } from "@/lib/content/image-props";
import { EagerImage } from "./EagerImage";

type Props = Omit<ComponentProps<"img">, "src" | "width" | "height" | "srcSet"> & {
  src: string;
  alt: string;
  width: number;
  height: number;
  /**
   * The page's largest paint: fetched eagerly and announced in the head, as React's renderer does for every image that
   * is not lazy; through a client leaf (EagerImage), since from a server component the announcement would also travel
   * in the page's RSC payload, and prefetching a link to the page would download its picture.
   */
  preload?: boolean;
};

export function SiteImage({ preload = false, ...image }: Props) {
  const props = imageProps({ ...image, loading: preload ? "eager" : (image.loading ?? "lazy") });
  if (preload) return <EagerImage {...props} alt={image.alt} />;
  // eslint-disable-next-line @next/next/no-img-element -- the markup next/image makes, without its client code
  return <img {...props} alt={image.alt} />;
}
