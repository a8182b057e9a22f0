"use client";
// Client leaf: answers in place (pending state, errors beside fields, focus, typed text kept); without JS it posts and redirects.
import { useActionState, useEffect, useRef, useState } from "react";
import { postCommentAction, type CommentFormState } from "@/lib/comments/actions";
import { LIMITS } from "@/lib/comments/limits";
import type { CommentField } from "@/lib/comments/rules";
import { CommentItem } from "./CommentItem";

type Props = {
  articleSlug: string;
  articlePath: string;
  /** Where the form posts before hydration: the page it is on. */
  permalink: string;
  renderToken: string;
  parentId?: number;
  heading: string;
  /** h3 under the comments' h2 on an article; h2 on a page of its own. */
  headingLevel?: 2 | 3;
};

const FIELDS: CommentField[] = ["name", "email", "body"];
const FORM_ID = "comment-form";

export function CommentForm({
  articleSlug,
  articlePath,
  permalink,
  renderToken,
  parentId,
  heading,
  headingLevel = 3,
}: Props) {
  const Heading = `h${headingLevel}` as const;
  // Without JavaScript a refused post comes back as a whole page: the fragment scrolls the reason into view.
  const [state, action, pending] = useActionState<CommentFormState, FormData>(
    postCommentAction,
    {},
    `${permalink}#${FORM_ID}`,
  );
  const [token, setToken] = useState(renderToken);
  const [hydrated, setHydrated] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const refreshedToken = useRef(false);

  // Tells the server it may answer in place instead of redirecting; only true once this script runs.
  // eslint-disable-next-line react-hooks/set-state-in-effect
  useEffect(() => setHydrated(true), []);

  useEffect(() => {
    if (!state.submittedAt) return;
    const firstInvalid = FIELDS.find((field) => state.fieldErrors?.[field]);
    const target = firstInvalid
      ? form.current?.elements.namedItem(firstInvalid)
      : form.current?.querySelector<HTMLElement>(".form-outcome");
    (target as HTMLElement | null)?.focus();
  }, [state]);

  // The page may have been cached long before the reader arrived: the form's clock starts when they begin typing.
  async function refreshToken() {
    if (refreshedToken.current) return;
    refreshedToken.current = true;
    const response = await fetch("/api/comments/token", { cache: "no-store" }).catch(() => null);
    if (response?.ok) setToken(((await response.json()) as { token: string }).token);
  }

  const error = (field: CommentField) => state.fieldErrors?.[field];
  /** A field's error state for assistive technology: invalid, and described by its hint and its error. */
  const invalidity = (field: CommentField, hint?: string) => ({
    "aria-invalid": error(field) ? true : undefined,
    "aria-describedby": [hint, error(field) && `${field}-error`].filter(Boolean).join(" ") || undefined,
  });
  const fieldError = (field: CommentField) =>
    error(field) && (
      <p id={`${field}-error`} className="field-error">
        {error(field)}
      </p>
    );

  return (
    <div id={FORM_ID} className="comment-form-area">
      <Heading id="comment-form-heading" className="comment-form-heading">
        {heading}
      </Heading>
      {state.message && (
        <p
          className={`form-outcome ${state.outcome ? "notice" : "form-error"}`}
          role={state.outcome ? "status" : "alert"}
          tabIndex={-1}
        >
          {state.message}
        </p>
      )}
      {state.pendingComment && <CommentItem comment={state.pendingComment} articlePath={articlePath} actions={false} />}
      <form
        ref={form}
        action={action}
        className="form comment-form"
        aria-labelledby="comment-form-heading"
        onFocus={refreshToken}
        noValidate
      >
        <input type="hidden" name="article" value={articleSlug} />
        {parentId && <input type="hidden" name="parentId" value={parentId} />}
        <input type="hidden" name="token" value={token} />
        {hydrated && <input type="hidden" name="js" value="1" />}
        <div className="visually-hidden" aria-hidden="true">
          <label htmlFor="comment-website">Leave this field empty</label>
          <input id="comment-website" name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
        </div>
        <div className="field">
          <label htmlFor="comment-name">Name</label>
          <input
            id="comment-name"
            name="name"
            type="text"
            autoComplete="name"
            required
            maxLength={LIMITS.nameMax}
            defaultValue={state.values?.name}
            {...invalidity("name")}
          />
          {fieldError("name")}
        </div>
        <div className="field">
          <label htmlFor="comment-email">Email</label>
          <input
            id="comment-email"
            name="email"
            type="email"
            autoComplete="email"
            required
            defaultValue={state.values?.email}
            {...invalidity("email", "email-hint")}
          />
          <p id="email-hint" className="hint">
            Never shown. Used only to recognise you as a returning commenter.
          </p>
          {fieldError("email")}
        </div>
        <div className="field">
          <label htmlFor="comment-body">Comment</label>
          <textarea
            id="comment-body"
            name="body"
            rows={6}
            required
            minLength={LIMITS.bodyMin}
            maxLength={LIMITS.bodyMax}
            defaultValue={state.values?.body}
            {...invalidity("body", "body-hint")}
          />
          <p id="body-hint" className="hint">
            Plain text, 2 to 5,000 characters. Web addresses become links. First comments wait for an editor.
          </p>
          {fieldError("body")}
        </div>
        <button type="submit" className="button" disabled={pending}>
          {pending ? "Posting…" : parentId ? "Post reply" : "Post comment"}
        </button>
      </form>
    </div>
  );
}
