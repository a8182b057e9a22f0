// The kicker an article's type earns: news goes unlabelled, opinion and analysis say so.
import type { Article } from "@/lib/content/store";

export const TYPE_LABEL: Record<Article["type"], string | null> = {
  news: null,
  opinion: "Opinion",
  analysis: "Analysis",
};
