import Image from "next/image";
import type { ContentImage } from "@/lib/content/schema";
import { imageDimensions } from "@/lib/content/images";

/** The lead image, sized to reserve its space, with caption and credit. */
export function HeroFigure({ image }: { image: ContentImage }) {
  const size = imageDimensions(image.src) ?? { width: 1600, height: 900 };
  return (
    <figure className="hero-figure">
      <Image
        src={image.src}
        alt={image.alt}
        width={size.width}
        height={size.height}
        sizes="(min-width: 1100px) 1040px, 100vw"
        preload
      />
      {(image.caption || image.credit) && (
        <figcaption>
          {image.caption}
          {image.credit && <span className="credit"> {image.credit}</span>}
        </figcaption>
      )}
    </figure>
  );
}
