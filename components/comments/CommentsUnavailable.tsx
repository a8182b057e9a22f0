import { UNAVAILABLE_MESSAGE } from "@/lib/db/unavailable";

/** In place of the conversation while the database is out of reach: the article itself still reads. */
export function CommentsUnavailable() {
  return (
    <section id="comments" className="comments" aria-labelledby="comments-heading">
      <h2 id="comments-heading" className="block-heading">
        Comments
      </h2>
      <p className="notice" role="status">
        {UNAVAILABLE_MESSAGE}
      </p>
    </section>
  );
}
