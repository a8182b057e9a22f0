// Every page type passes the W3C Nu HTML checker and axe (WCAG 2.2 AA) with no errors.
import { expect, test } from "@playwright/test";
import { nuErrors } from "./support/nu-checker";
import { PAGE_TYPES as PUBLIC_PAGE_TYPES, SEARCH_PAGES } from "./support/sample";
import { axeViolations } from "./support/axe";

const PAGE_TYPES = { ...PUBLIC_PAGE_TYPES, ...SEARCH_PAGES };

test("every page type is valid HTML (Nu checker)", async ({ request }) => {
  test.setTimeout(120_000);
  const documents: Record<string, string> = {};
  for (const [label, path] of Object.entries(PAGE_TYPES)) documents[label] = await (await request.get(path)).text();
  const errors = nuErrors(documents).map((e) => `${path_of(e.url)}:${e.lastLine}: ${e.message} [${e.extract ?? ""}]`);
  expect(errors).toEqual([]);
});

function path_of(url: string): string {
  return url.replace(/^.*\//, "");
}

for (const [label, path] of Object.entries(PAGE_TYPES)) {
  for (const scheme of ["light", "dark"] as const) {
    test(`${label} (${path}) has no axe violations in ${scheme} mode`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(path);
      expect(await axeViolations(page)).toEqual([]);
    });
  }
}
