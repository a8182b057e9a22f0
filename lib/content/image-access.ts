// Article images are files in public/, served to anyone who asks for their names: an image that only unpublished
// articles show is withheld (404) until one of them is public, so a guessed name cannot give away an unpublished story.
import { articleImages, type Article } from "./load";
import { getContent, isPublic } from "./store";

let showing: Map<string, Article[]> | undefined;

/** The articles that show each image, built once per process (content does not change while it runs). */
function articlesShowing(): Map<string, Article[]> {
  if (showing) return showing;
  showing = new Map();
  for (const article of getContent().articles) {
    for (const src of articleImages(article)) showing.set(src, [...(showing.get(src) ?? []), article]);
  }
  return showing;
}

/** Whether `src` (a site path such as /images/articles/x.jpg) is shown only by articles no reader may see at `now`. */
export function isWithheldImage(src: string, now: Date): boolean {
  const articles = articlesShowing().get(src);
  // Not an article's image (an author's photo, the logo): never withheld.
  return articles !== undefined && !articles.some((article) => isPublic(article, now));
}
