// A reader on any screen gets the article's pictures at the width the column needs: the lead image first and at high
// priority, every body image lazily, each with srcset and sizes beside its dimensions, all through the one image path.
import { expect, test } from "@playwright/test";

const JEJU = "/asia/jeju-mulgeum-ri-haenyeo-women-divers-school";
const BODY_IMAGE = "/images/articles/jeju-mulgeum-ri-haenyeo-women-divers-school-2--harbour.jpg";

test("body images carry srcset, sizes and dimensions, and every width answers with a picture", async ({
  page,
  request,
}) => {
  await page.goto(JEJU);
  const figure = page
    .locator(".article-body figure")
    .filter({ has: page.locator("img") })
    .first();
  const image = figure.locator("img");
  await expect(image).toHaveAttribute("alt", "Illustration: cargo ships on a calm sea");
  await expect(image).toHaveAttribute("width", "1600");
  await expect(image).toHaveAttribute("height", "900");
  await expect(image).toHaveAttribute("loading", "lazy");
  await expect(image).toHaveAttribute("sizes", /46rem/);
  // Caption and credit as before.
  await expect(figure.locator("figcaption")).toContainText("Cargo ships pass offshore");
  await expect(figure.locator("figcaption .credit")).toHaveText("Illustration: Meridian Post graphics");

  const srcset = (await image.getAttribute("srcset")) ?? "";
  const candidates = srcset.split(",").map((candidate) => candidate.trim().split(/\s+/));
  expect(candidates.length).toBeGreaterThan(2);
  for (const [url, width] of candidates) {
    expect(width).toMatch(/^\d+w$/);
    expect(new URL(url!, page.url()).searchParams.get("url")).toBe(BODY_IMAGE);
    for (const accept of ["image/avif,image/webp,*/*", "image/webp,*/*", "*/*"]) {
      const response = await request.get(url!, { headers: { Accept: accept } });
      expect(response.status(), `${url} (${accept})`).toBe(200);
      expect(response.headers()["content-type"], `${url} (${accept})`).toMatch(/^image\/(avif|webp|jpeg)$/);
    }
  }
  // A phone-sized screen picks a width near its own, not the 1,600 px original.
  await page.setViewportSize({ width: 412, height: 800 });
  await page.reload();
  await image.scrollIntoViewIfNeeded();
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.currentSrc)).toMatch(/w=(640|750|828)&/);
  expect(await image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeLessThan(1600);
});

test("the lead image is fetched first, at high priority, never lazily", async ({ page }) => {
  await page.goto(JEJU);
  const lead = page.locator(".hero-figure img");
  await expect(lead).toHaveAttribute("fetchpriority", "high");
  await expect(lead).not.toHaveAttribute("loading", "lazy");
  await expect(lead).toHaveAttribute("srcset", /\/_next\/image\?url=/);
  await expect(page.locator('head link[rel="preload"][as="image"]')).toHaveCount(1);
});
