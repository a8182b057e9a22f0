import { SiteImage } from "@/components/ui/SiteImage";
import type { ContentImage } from "@/lib/content/schema";
import { ARTICLE_COLUMN_SIZES } from "@/lib/content/image-sizes";
import { imageDimensions } from "@/lib/content/images";

/** The lead image, sized to reserve its space, in the widths the article column needs, with caption and credit. */
export function HeroFigure({ image }: { image: ContentImage }) {
  const size = imageDimensions(image.src) ?? { width: 1600, height: 900 };
  return (
    <figure className="hero-figure">
      <SiteImage
        src={image.src}
        alt={image.alt}
        width={size.width}
        height={size.height}
        sizes={ARTICLE_COLUMN_SIZES}
        // The article's largest paint: announced in the head and fetched ahead of scripts and fonts, never lazily.
        preload
        fetchPriority="high"
        loading="eager"
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
