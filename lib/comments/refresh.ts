// Brings the prerendered pages of articles whose conversation changed up to date.
import { revalidatePath } from "next/cache";
import { after } from "next/server";
import { findArticle } from "../content/store";

// A background re-render that began before the change can finish after it and store the old conversation;
// refreshing once more when such renders are done closes that gap.
const SETTLE_MS = 1000;

export function refreshArticlePages(slugs: string[]): void {
  const paths = slugs.map((slug) => findArticle(slug)?.path).filter((path) => path !== undefined);
  for (const path of paths) revalidatePath(path);
  after(async () => {
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    for (const path of paths) revalidatePath(path);
  });
}
