import type { Article } from "@/lib/content/store";
import type { SupportSettings } from "@/lib/content/schema";
import { Epic } from "./Epic";
import { SupportBanner } from "./SupportBanner";

/** The Epic and the banner for a published article, or nothing where an appeal does not belong. */
export function articleAppeal(article: Article, support: SupportSettings | null) {
  if (!support?.enabled || article.sensitive || article.sponsored) return {};
  const { banner, epic } = support;
  return {
    epic: <Epic support={support} articleSlug={article.slug} />,
    banner: (
      <SupportBanner
        text={banner.text}
        buttonLabel={banner.buttonLabel}
        buttonHref={epic.buttonHref}
        frequency={{
          fromView: banner.fromView,
          viewWindowDays: banner.viewWindowDays,
          dismissDays: banner.dismissDays,
        }}
        articleSlug={article.slug}
      />
    ),
  };
}
