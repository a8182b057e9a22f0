import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DeskHeader } from "@/components/editor/DeskHeader";
import { requireEditor } from "@/lib/auth/guards";
import { createPreviewToken, DEFAULT_PREVIEW_LINK_HOURS } from "@/lib/auth/preview-links";
import { authSecret } from "@/lib/auth/secret";
import { now } from "@/lib/clock";
import { findArticle, getContent, isPublic } from "@/lib/content/store";
import { formatDateTime } from "@/lib/dates";
import { absoluteUrl } from "@/lib/site";

export const metadata: Metadata = { title: "Share a preview" };

export default async function SharePreviewPage({ params }: PageProps<"/editor/share/[slug]">) {
  const { slug } = await params;
  const editor = await requireEditor(`/editor/share/${slug}`);
  const article = findArticle(slug);
  if (!article || isPublic(article, now())) notFound();
  const at = now();
  const { site } = getContent();
  const link = absoluteUrl(`/preview/${createPreviewToken(article.slug, at, authSecret())}`);
  const expires = new Date(at.getTime() + DEFAULT_PREVIEW_LINK_HOURS * 3_600_000);
  return (
    <>
      <DeskHeader editor={editor} title="Share a preview" />
      <p>
        Anyone with this link can read <strong>{article.title}</strong> as it will look when published, without signing
        in, until {formatDateTime(expires, site.timeZone, site.language)}. It opens this article only.
      </p>
      <div className="field">
        <label htmlFor="share-link">Preview link</label>
        <input id="share-link" type="text" readOnly value={link} className="share-link" />
      </div>
      <p>
        <Link href="/editor" className="back-link">
          Back to the desk
        </Link>
      </p>
    </>
  );
}
