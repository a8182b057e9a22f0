// The shape of every content file, validated once at load. Types used across the site derive from here.
import { z } from "zod";
import { isoTimestampProblem } from "./timestamps";

const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be lowercase letters, digits and single hyphens, e.g. south-china-sea");

const timestamp = z.string().superRefine((value, ctx) => {
  const problem = isoTimestampProblem(value);
  if (problem) ctx.addIssue({ code: "custom", message: problem });
});

const localImagePath = z
  .string()
  .regex(/^\/images\/[A-Za-z0-9/_.-]+\.(?:jpe?g|png|webp|avif|gif)$/, "must be a local image under /images/, e.g. /images/articles/photo.jpg")
  .refine((src) => !src.includes(".."), "must not climb out of /images/");

const text = (max: number) => z.string().trim().min(1, "must not be empty").max(max, `must be at most ${max} characters`);

export const imageSchema = z.strictObject({
  src: localImagePath,
  alt: text(300),
  caption: text(400).optional(),
  credit: text(200).optional(),
});

export const articleFrontMatterSchema = z.strictObject({
  title: text(140),
  slug,
  section: slug,
  authors: z.array(slug).min(1, "must name at least one author"),
  standfirst: text(400),
  publishedAt: timestamp,
  updatedAt: timestamp.optional(),
  status: z.enum(["published", "draft"]).default("published"),
  type: z.enum(["news", "opinion", "analysis"]).default("news"),
  tags: z.array(text(60)).default([]),
  featured: z.boolean().default(false),
  /**
   * A withdrawn article: its address answers 410 Gone with this notice, and it leaves every listing. The field keeps
   * the newsroom's word, `retracted`, as its data format; the code and routes call the state "withdrawn".
   */
  retracted: z.strictObject({ at: timestamp, notice: text(1000) }).optional(),
  /** Dated notes of what was wrong and is now put right: shown on the article, at /corrections and in its feed. */
  corrections: z.array(z.strictObject({ at: timestamp, text: text(1000) })).default([]),
  /** No fundraising appeal beside tragedy, or on paid-for content. */
  sensitive: z.boolean().default(false),
  sponsored: z.boolean().default(false),
  hero: imageSchema,
  /** auto: open until the site's closeAfterDays pass; open: never closes by itself; closed: no comments. */
  comments: z.enum(["auto", "open", "closed"]).default("auto"),
  redirectFrom: z
    .array(z.string().regex(/^\/[A-Za-z0-9/_.~%-]*$/, "must be a site path starting with /"))
    .default([]),
});

export const sectionSchema = z.strictObject({
  slug,
  name: text(60),
  description: text(300),
  order: z.number().int().min(0),
});

/** content/topics.yaml: words for a few topic pages; a topic is any tag, its slug made from the tag (tags.ts). */
export const topicSchema = z.strictObject({
  slug,
  title: text(80),
  description: text(300),
  image: imageSchema.omit({ caption: true }).optional(),
});

export const topicsSchema = z.array(topicSchema).default([]);

const url = z.url({ protocol: /^https?$/, message: "must be an http(s) URL" });

export const authorFrontMatterSchema = z.strictObject({
  name: text(100),
  slug,
  role: text(100),
  photo: z.strictObject({ src: localImagePath, alt: text(200) }),
  links: z
    .strictObject({
      website: url.optional(),
      x: url.optional(),
      mastodon: url.optional(),
      bluesky: url.optional(),
      linkedin: url.optional(),
    })
    .default({}),
});

export const siteSchema = z.strictObject({
  name: text(80),
  tagline: text(160),
  description: text(400),
  language: z.string().regex(/^[a-z]{2,3}(?:-[A-Z]{2})?$/, "must be a language tag such as en-GB"),
  timeZone: z.string().refine((zone) => {
    try {
      new Intl.DateTimeFormat("en", { timeZone: zone });
      return true;
    } catch {
      return false;
    }
  }, "must be an IANA time zone such as Asia/Singapore"),
  footerLinks: z.array(z.strictObject({ label: text(60), href: z.string().min(1) })).default([]),
  comments: z
    .strictObject({
      /** Comments close by themselves this many days after publication (articles marked `comments: open` excepted). */
      closeAfterDays: z.number().int().min(1).default(60),
    })
    .default({ closeAfterDays: 60 }),
  /** Articles published this many days back (and scheduled ones) are built with the site; older ones render on their
   * first request and are cached the same way, so a build does not grow with the archive. */
  prerenderDays: z.number().int().min(0).max(36500).default(30),
});

const internalOrHttpUrl = z.string().regex(/^(?:\/|https?:\/\/)/, "must be a site path starting with / or an http(s) URL");

export const supportSchema = z.strictObject({
  /** Switches the Epic and the banner off everywhere. */
  enabled: z.boolean().default(true),
  epic: z.strictObject({
    heading: text(160),
    paragraphs: z.array(text(800)).min(1),
    highlight: text(300).optional(),
    buttonLabel: text(60),
    buttonHref: internalOrHttpUrl,
  }),
  banner: z.strictObject({
    text: text(300),
    buttonLabel: text(60),
    fromView: z.number().int().min(1).default(2),
    viewWindowDays: z.number().int().min(1).default(30),
    dismissDays: z.number().int().min(1).default(7),
  }),
  page: z.strictObject({
    title: text(120),
    intro: text(2000),
    options: z.array(z.strictObject({ title: text(100), description: text(400) })).min(1),
    faq: z.array(z.strictObject({ question: text(200), answer: text(1000) })).default([]),
  }),
});

export const moderationSchema = z.strictObject({
  /** Comments containing any of these words or phrases wait for an editor, whoever wrote them. */
  heldWords: z.array(text(80)).default([]),
});

export type ArticleFrontMatter = z.infer<typeof articleFrontMatterSchema>;
export type Section = z.infer<typeof sectionSchema>;
export type AuthorFrontMatter = z.infer<typeof authorFrontMatterSchema>;
export type TopicSettings = z.infer<typeof topicSchema>;
export type SiteSettings = z.infer<typeof siteSchema>;
export type ModerationSettings = z.infer<typeof moderationSchema>;
export type SupportSettings = z.infer<typeof supportSchema>;
export type ContentImage = z.infer<typeof imageSchema>;
