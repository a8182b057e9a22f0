import { describe, expect, it, vi } from "vitest";

vi.mock("next-auth", () => ({ getServerSession: vi.fn() }));
const { safeInternalPath, unauthorized } = await import("./guards");

describe("safeInternalPath", () => {
  it("keeps paths inside the site", () => {
    expect(safeInternalPath("/editor")).toBe("/editor");
    expect(safeInternalPath("/editor/share/x?y=1")).toBe("/editor/share/x?y=1");
  });

  it.each(["https://evil.example/", "//evil.example/x", "/\\evil.example", "javascript:alert(1)", "editor", "", null, 42])(
    "refuses %s and falls back to the desk",
    (value) => {
      expect(safeInternalPath(value)).toBe("/editor");
    },
  );
});

describe("unauthorized", () => {
  it("answers 401 and is never cached", async () => {
    const response = unauthorized();
    expect(response.status).toBe(401);
    expect(response.headers.get("cache-control")).toContain("no-store");
    expect(await response.text()).toMatch(/sign in/i);
  });
});
