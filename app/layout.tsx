import type { Metadata, Viewport } from "next";
import { DateBar } from "@/components/layout/DateBar";
import { Masthead } from "@/components/layout/Masthead";
import { SectionNav } from "@/components/layout/SectionNav";
import { SiteFooter } from "@/components/layout/SiteFooter";
import { SkipLink } from "@/components/layout/SkipLink";
import { getContent } from "@/lib/content/store";
import { siteMetadata } from "@/lib/seo/metadata";
import { siteSettings, siteUrl } from "@/lib/site";
import { sourceSerif } from "./fonts";
import "./globals.css";
import { now } from "@/lib/clock";

// Pages are prerendered, then re-rendered in the background at most every 30 seconds, so the date bar is current
// within a minute with no rebuild. Scheduled articles and withdrawals expire the pages they change at their time
// (lib/cache/content-schedule.ts), so the first reader after it gets them.
export const revalidate = 30;

export function generateMetadata(): Metadata {
  return siteMetadata(siteSettings(), siteUrl());
}

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#fbfaf7" },
    { media: "(prefers-color-scheme: dark)", color: "#16181d" },
  ],
};

export default function RootLayout({ children }: LayoutProps<"/">) {
  const { site, sections } = getContent();
  return (
    <html lang={site.language} className={sourceSerif.variable}>
      <body>
        <SkipLink />
        <header className="site-header">
          <DateBar timeZone={site.timeZone} locale={site.language} now={now()} />
          <Masthead name={site.name} tagline={site.tagline} />
          <SectionNav sections={sections} />
        </header>
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter site={site} sections={sections} />
      </body>
    </html>
  );
}
