// No address under an unpublished article (drafts and scheduled) gives away its title, standfirst or image:
// not the article, not its comment pages, not its sharing image, in HTML or in the RSC payload a client router asks for.
import { expect, test, type APIResponse } from "@playwright/test";
import { UNPUBLISHED } from "./support/sample";

type Unpublished = (typeof UNPUBLISHED)[number];

/** Every address a reader could make up under an unpublished article. */
function addressesOf({ path, slug, heroSrc }: Unpublished): string[] {
  const otherSection = path.startsWith("/europe/") ? "asia" : "europe";
  return [
    path,
    `${path}/`,
    `/${otherSection}/${slug}`,
    `${path}/comments/2`,
    `${path}/comments/1`,
    `${path}/comments/999999999999999999999`,
    `${path}/comment-status`,
    `${path}/comments/reply/1`,
    `${path}/comments/report/1`,
    `${path}/comments/reply/999999999999999999999`,
    `${path}/feed.xml`,
    `/og/${slug}`,
    `/media/16x9${heroSrc}`,
    `/media/og${heroSrc}`,
    `/withdrawn/${slug}`,
    `/moved${path}`,
  ];
}

/** The title and standfirst as they may be written in HTML or JSON, and the hero image's file name. */
function secretsOf({ title, standfirst, heroSrc }: Unpublished): string[] {
  const html = (text: string) =>
    text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/'/g, "&#x27;").replace(/"/g, "&quot;");
  const json = (text: string) => JSON.stringify(text).slice(1, -1);
  const image = heroSrc
    .split("/")
    .pop()!
    .replace(/\.\w+$/, "");
  return [...new Set([title, standfirst, html(title), html(standfirst), json(title), json(standfirst), image])];
}

/** As a browser asks, as the client router asks, and with the flash cookie that makes proxy.ts rewrite to comment-status. */
const VARIANTS: Record<string, string>[] = [{}, { RSC: "1" }, { Cookie: "meridian.comment-flash=published.1.forged" }];

async function body(response: APIResponse): Promise<string> {
  const type = response.headers()["content-type"] ?? "";
  return type.startsWith("image/") ? "" : response.text();
}

test("no address under an unpublished article carries its title, standfirst or image, with or without RSC: 1", async ({
  request,
}) => {
  expect(UNPUBLISHED.some((article) => article.status === "draft")).toBe(true);
  expect(UNPUBLISHED.some((article) => article.status === "published")).toBe(true); // a scheduled one
  const leaks: string[] = [];
  for (const article of UNPUBLISHED) {
    const secrets = secretsOf(article);
    for (const address of addressesOf(article)) {
      for (const headers of VARIANTS) {
        const response = await request.get(address, { headers });
        const label = `${address} ${JSON.stringify(headers)} (${response.status()})`;
        // (With RSC: 1, Next itself answers 500 for any address no route has; that is not about this article.)
        if (response.status() >= 500 && !headers.RSC) leaks.push(`${label}: server error`);
        if ((response.headers()["content-type"] ?? "").startsWith("image/")) leaks.push(`${label}: an image`);
        const text = await body(response);
        // A page may repeat its own address (Next's router state does): what the request said is no leak.
        const unasked = secrets.filter((secret) => !address.includes(secret));
        leaks.push(...unasked.filter((secret) => text.includes(secret)).map((secret) => `${label}: "${secret}"`));
      }
    }
  }
  expect(leaks).toEqual([]);
});
