import { ActionForm } from "@/components/ui/ActionForm";
import { exitPreviewAction } from "@/lib/auth/preview-actions";
import { formatDateTime } from "@/lib/dates";

type Props = {
  status: "draft" | "scheduled";
  publishedAt: Date;
  timeZone: string;
  locale: string;
  /** Editors in draft mode can leave it (the form posts to the article's own path); a shared link has nothing to exit. */
  exitable: boolean;
  path: string;
  expiresAt?: Date;
};

/** The unmistakable sign that this page is not what readers see yet. */
export function PreviewBar({ status, publishedAt, timeZone, locale, exitable, path, expiresAt }: Props) {
  const label =
    status === "draft" ? "Preview — not published" : `Scheduled for ${formatDateTime(publishedAt, timeZone, locale)}`;
  return (
    <section className="preview-bar" aria-label="Preview">
      <div className="preview-bar-inner container">
        <p>
          <strong>{label}</strong>
          {status === "scheduled" && <span> — preview, not yet public</span>}
          {expiresAt && <span> · This shared link expires {formatDateTime(expiresAt, timeZone, locale)}</span>}
        </p>
        {exitable && (
          <ActionForm action={exitPreviewAction} permalink={path}>
            <button type="submit" className="button button-on-dark">
              Exit preview
            </button>
          </ActionForm>
        )}
      </div>
    </section>
  );
}
