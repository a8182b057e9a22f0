import { describe, expect, it, vi } from "vitest";
import { assertSameOrigin, crossOriginProblem, crossOriginRefusal } from "./same-origin";

const SITE = "https://news.example.org";
const check = (headers: Record<string, string>, allowNonBrowser = false) =>
  crossOriginProblem(new Headers(headers), { allowNonBrowser }, SITE);

describe("crossOriginProblem", () => {
  it("lets the site's own pages through", () => {
    expect(check({ origin: SITE, "sec-fetch-site": "same-origin" })).toBeNull();
    expect(check({ origin: SITE })).toBeNull();
    expect(check({ "sec-fetch-site": "same-origin" })).toBeNull();
    expect(check({ "sec-fetch-site": "none" })).toBeNull();
  });

  it.each<Record<string, string>>([
    { origin: "https://evil.example" },
    { origin: "http://news.example.org" },
    { origin: "https://news.example.org:8443" },
    { origin: "https://news.example.org.evil.example" },
    { origin: "null" },
    { origin: "not a url" },
    { origin: SITE, "sec-fetch-site": "cross-site" },
    { origin: SITE, "sec-fetch-site": "same-site" },
    { "sec-fetch-site": "cross-site" },
  ])("refuses %o", (headers) => {
    expect(check(headers)).not.toBeNull();
    expect(check(headers, true)).not.toBeNull();
  });

  it("lets a client without browser headers through only where that is allowed", () => {
    expect(check({})).toMatch(/does not say/);
    expect(check({}, true)).toBeNull();
  });
});

describe("the refusal", () => {
  it("is a plain 403 that says why", async () => {
    const response = crossOriginRefusal("a request from https://evil.example");
    expect(response.status).toBe(403);
    expect(response.headers.get("content-type")).toContain("text/plain");
    expect(await response.text()).toMatch(/evil\.example.*own pages/);
  });

  it("is thrown by the Server Actions' guard", () => {
    vi.stubEnv("SITE_URL", SITE);
    expect(() => assertSameOrigin(new Headers({ origin: "https://evil.example" }))).toThrow(/Refused/);
    expect(() => assertSameOrigin(new Headers({ origin: SITE }))).not.toThrow();
    vi.unstubAllEnvs();
  });
});
