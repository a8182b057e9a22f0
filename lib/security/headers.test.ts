import { describe, expect, it } from "vitest";
import {
  contentSecurityPolicy,
  IMAGE_POLICY,
  isHttpsOrigin,
  newNonce,
  PERMISSIONS_POLICY,
  securityHeaders,
} from "./headers";

/** The policy as directive name → sources. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(";")
      .map((part) => part.trim().split(/\s+/))
      .map(([name, ...sources]) => [name!, sources]),
  );
}

describe("the Content-Security-Policy", () => {
  const prerendered = directives(contentSecurityPolicy("inline", { https: false }));
  const perRequest = directives(contentSecurityPolicy({ nonce: "abc123+/=" }, { https: false }));

  it("locks down plugins, base URLs, form targets and framing in both forms", () => {
    for (const policy of [prerendered, perRequest]) {
      expect(policy.get("default-src")).toEqual(["'self'"]);
      expect(policy.get("object-src")).toEqual(["'none'"]);
      expect(policy.get("base-uri")).toEqual(["'none'"]);
      expect(policy.get("form-action")).toEqual(["'self'"]);
      expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
      for (const kind of ["img-src", "font-src", "connect-src"]) expect(policy.get(kind)).toEqual(["'self'"]);
    }
  });

  it("never allows eval, a wildcard or a whole scheme for scripts", () => {
    for (const policy of [prerendered, perRequest]) {
      const scripts = policy.get("script-src")!;
      expect(scripts).toContain("'self'");
      expect(scripts.join(" ")).not.toMatch(/unsafe-eval|\*|^https?:$|(^| )(https?|data|blob):( |$)/);
    }
    expect([...prerendered.values()].flat().join(" ")).not.toMatch(/\*|unsafe-eval/);
  });

  it("allows inline scripts only on prerendered pages; per-request pages allow only their nonce", () => {
    expect(prerendered.get("script-src")).toEqual(["'self'", "'unsafe-inline'"]);
    expect(perRequest.get("script-src")).toEqual(["'self'", "'nonce-abc123+/='"]);
  });

  it("allows style sheets from the site only (no <style> element), and inline style attributes", () => {
    for (const policy of [prerendered, perRequest]) {
      expect(policy.get("style-src")).toEqual(["'self'"]);
      expect(policy.get("style-src-attr")).toEqual(["'unsafe-inline'"]);
    }
  });

  it("lets nothing in a resized picture run or be framed", () => {
    const policy = directives(IMAGE_POLICY);
    for (const kind of ["default-src", "script-src", "object-src", "base-uri", "form-action", "frame-ancestors"]) {
      expect(policy.get(kind), kind).toEqual(["'none'"]);
    }
    expect(policy.has("sandbox")).toBe(true);
  });

  it("upgrades insecure requests only on an https site", () => {
    expect(prerendered.has("upgrade-insecure-requests")).toBe(false);
    expect(directives(contentSecurityPolicy("inline", { https: true })).has("upgrade-insecure-requests")).toBe(true);
  });
});

describe("the other security headers", () => {
  const named = (https: boolean) => new Map(securityHeaders({ https }).map(({ key, value }) => [key, value]));

  it("refuse sniffing, framing and powerful features, and send only the origin to other sites", () => {
    const headers = named(false);
    expect(headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(headers.get("X-Frame-Options")).toBe("DENY");
    expect(headers.get("Referrer-Policy")).toBe("strict-origin-when-cross-origin");
    for (const feature of ["camera", "microphone", "geolocation", "payment", "usb"]) {
      expect(headers.get("Permissions-Policy")).toContain(`${feature}=()`);
    }
    expect(PERMISSIONS_POLICY).not.toContain("interest-cohort"); // Chromium warns about it in the console
  });

  it("send HSTS only when the public origin is https", () => {
    expect(named(false).has("Strict-Transport-Security")).toBe(false);
    expect(named(true).get("Strict-Transport-Security")).toMatch(/^max-age=\d{7,}/);
    expect(isHttpsOrigin("https://news.example")).toBe(true);
    expect(isHttpsOrigin("http://localhost:3000")).toBe(false);
    expect(isHttpsOrigin(undefined)).toBe(false);
  });
});

describe("newNonce", () => {
  it("is fresh every time and made of the characters Next reads from 'nonce-…'", () => {
    const nonces = new Set(Array.from({ length: 100 }, newNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});
