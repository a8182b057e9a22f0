// Site settings (content/site.yaml) and the public origin (SITE_URL), from which every absolute URL derives.
import { getContent } from "./content/store";
import type { SiteSettings } from "./content/schema";

const DEFAULT_SITE_URL = "http://localhost:3000";

export function siteSettings(): SiteSettings {
  return getContent().site;
}

/** The public origin without a trailing slash, e.g. "https://news.example.org". */
export function siteUrl(): string {
  const raw = process.env.SITE_URL?.trim() || DEFAULT_SITE_URL;
  return new URL(raw).origin;
}

export function absoluteUrl(pathname: string): string {
  return new URL(pathname, `${siteUrl()}/`).toString();
}
