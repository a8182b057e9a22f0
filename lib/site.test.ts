import { afterEach, describe, expect, it, vi } from "vitest";
import { absoluteUrl, siteUrl } from "./site";

afterEach(() => vi.unstubAllEnvs());

describe("absolute URLs", () => {
  it("are what the URL parser makes of a path, whether or not it needs parsing", () => {
    vi.stubEnv("SITE_URL", "https://news.example:8443/ignored/path");
    const paths = [
      "/",
      "/asia",
      "/asia/",
      "/images/articles/a-b_c.jpg",
      "//elsewhere",
      "/./a",
      "/../a",
      "/a/..",
      "/a/...",
      "/a b",
      "/é",
      "/a?b=1",
      "/a#b",
      "/a%20b",
      "/a//b",
    ];
    for (const path of paths)
      expect(absoluteUrl(path), path).toBe(new URL(path, "https://news.example:8443/").toString());
  });

  it("follow SITE_URL when it changes", () => {
    vi.stubEnv("SITE_URL", "https://one.example");
    expect(absoluteUrl("/asia")).toBe("https://one.example/asia");
    vi.stubEnv("SITE_URL", "https://two.example/");
    expect(siteUrl()).toBe("https://two.example");
    expect(absoluteUrl("/asia")).toBe("https://two.example/asia");
  });
});
