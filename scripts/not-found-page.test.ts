import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { OWN_NOT_FOUND_PAGES } from "./not-found-page.mjs";

/** The address prefix of every folder under app/ with its own not-found.tsx (groups left out, stops at a param). */
function sectionsWithOwnNotFound(): string[] {
  const app = path.join(import.meta.dirname, "..", "app");
  return readdirSync(app, { recursive: true, encoding: "utf8" })
    .filter((file) => path.basename(file) === "not-found.tsx" && path.dirname(file) !== ".")
    .map((file) => {
      const segments = path
        .dirname(file)
        .split(path.sep)
        .filter((segment) => !segment.startsWith("("));
      const param = segments.findIndex((segment) => segment.startsWith("["));
      return `/${(param < 0 ? segments : segments.slice(0, param)).join("/")}/`;
    });
}

describe("the not-found page mender", () => {
  it("leaves alone exactly the sections with their own not-found page", () => {
    expect([...OWN_NOT_FOUND_PAGES].sort()).toEqual(sectionsWithOwnNotFound().sort());
  });
});
