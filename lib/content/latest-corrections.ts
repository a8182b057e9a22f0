// The corrections readers may see at an instant, for the corrections page and its feed: public articles only.
import { latestCorrections, type CorrectedArticle } from "./corrections";
import { publicArticles } from "./store";

export const CORRECTIONS_LISTED = 50;

export function publicCorrections(now: Date): CorrectedArticle[] {
  return latestCorrections(publicArticles(now), now, CORRECTIONS_LISTED);
}
