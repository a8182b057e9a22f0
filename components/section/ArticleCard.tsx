import { SiteImage } from "@/components/ui/SiteImage";
import Link from "next/link";
import type { Article } from "@/lib/content/store";
import { formatDate, isoInZone } from "@/lib/dates";
import { imageDimensions } from "@/lib/content/images";
import { TYPE_LABEL } from "@/components/article/type-label";

type Props = {
  article: Article;
  timeZone: string;
  locale: string;
  /** The heading level that fits the list it sits in. */
  headingLevel?: 2 | 3;
  variant?: "lead" | "standard" | "compact";
  sectionName?: string;
};

/** A teaser: picture, kicker, headline link, standfirst and date. */
export function ArticleCard({ article, timeZone, locale, headingLevel = 3, variant = "standard", sectionName }: Props) {
  const Heading = `h${headingLevel}` as const;
  const size = imageDimensions(article.hero.src) ?? { width: 1600, height: 900 };
  const kicker = TYPE_LABEL[article.type] ?? sectionName;
  return (
    <article className={`card card-${variant}`}>
      {variant !== "compact" && (
        <SiteImage
          src={article.hero.src}
          alt=""
          width={size.width}
          height={size.height}
          sizes={variant === "lead" ? "(min-width: 900px) 60vw, 100vw" : "(min-width: 900px) 30vw, 100vw"}
          className="card-image"
          preload={variant === "lead"}
          fetchPriority={variant === "lead" ? "high" : undefined}
        />
      )}
      <div className="card-text">
        {kicker && <p className="card-kicker">{kicker}</p>}
        <Heading className="card-title">
          {/* Listings show dozens of cards: prefetching each one in view would spend a phone's data and main thread. */}
          <Link href={article.path} prefetch={false}>
            {article.title}
          </Link>
        </Heading>
        {variant !== "compact" && <p className="card-standfirst">{article.standfirst}</p>}
        <p className="card-meta">
          <time dateTime={isoInZone(article.publishedAt, timeZone)}>
            {formatDate(article.publishedAt, timeZone, locale)}
          </time>
        </p>
      </div>
    </article>
  );
}
