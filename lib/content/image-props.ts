// The attributes of a picture served through next/image's optimizer (src, srcset, sizes, dimensions, loading), for
// the site's server-rendered <img> elements: article bodies (lib/content/markdown.ts) and components/ui/SiteImage.
// Imported from next/image's own module for getImageProps rather than from "next/image", whose entry also imports the
// <Image> client component and so would put its code in every page's scripts.
import type { ImageProps } from "next/image";
import { getImageProps } from "next/dist/shared/lib/image-external-get-image-props";

export function imageProps(image: ImageProps) {
  return getImageProps(image).props as ReturnType<typeof getImageProps>["props"] & { src: string };
}
