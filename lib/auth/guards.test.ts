import { describe, expect, it, vi } from "vitest";

vi.mock("next-auth", () => ({ getServerSession: vi.fn() }));
const { safeInternalPath, unauthorized } = await import("./guards");

describe("safeInternalPath", () => {
  it("keeps paths inside the site", () => {
    expect(safeInternalPath("/editor")).toBe("/editor");
    expect(safeInternalPath("/editor/share/x?y=1")).toBe("/editor/share/x?y=1");
  });

  it.each([
    "https://evil.example/",
    "http:evil.example",
    "//evil.example/x",
    "///evil.example/x",
    "/\\evil.example",
    "/\\/evil.example",
    "\\\\evil.example",
    "/.//evil.example/x",
    "/./../..//evil.example",
    "/editor/..//evil.example",
    "/editor/../../%2e%2e//evil.example",
    "/%2e//evil.example",
    "/\t/evil.example",
    "/\n/evil.example",
    "/\r\n/evil.example",
    "\t//evil.example",
    "/\t\\evil.example",
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    " /editor",
    "data:text/html,x",
    "editor",
    "",
    null,
    42,
    undefined,
  ])("refuses %j and falls back to the desk", (value) => {
    expect(safeInternalPath(value)).toBe("/editor");
  });

  it.each([
    "/%2F%2Fevil.example",
    "/%5Cevil.example",
    "/%5C%5Cevil.example",
    "/%09/evil.example",
    "/editor/%2e%2e/%2F%2Fevil",
  ])("keeps %j a path on this site, still encoded", (value) => {
    const result = safeInternalPath(value);
    expect(result).toMatch(/^\/(?![/\\])/);
    expect(new URL(result, "https://news.example.org").host).toBe("news.example.org");
  });

  it("returns only paths that are themselves safe (checked after normalisation)", () => {
    expect(safeInternalPath("/editor/./comments/../share/x")).toBe("/editor/share/x");
    for (const value of ["/.//evil.example/x", "/a/..//evil", "/\t/evil"]) {
      const result = safeInternalPath(value);
      expect(new URL(result, "https://news.example.org").host, value).toBe("news.example.org");
    }
  });
});

describe("unauthorized", () => {
  it("answers 401 and is never cached", async () => {
    const response = unauthorized();
    expect(response.status).toBe(401);
    expect(response.headers.get("cache-control")).toContain("no-store");
    expect(await response.text()).toMatch(/sign in/i);
  });
});
