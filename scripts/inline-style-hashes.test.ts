import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { inlineStyleAllower, stylesheetHashes, withStyleHashes } from "./inline-style-hashes.mjs";

const POLICY =
  "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self'; style-src-attr 'unsafe-inline'";

describe("the inline stylesheets' place in the Content-Security-Policy", () => {
  it("adds the hashes to style-src only, keeping every other directive as it was", () => {
    expect(withStyleHashes(POLICY, ["'sha256-a'", "'sha256-b'"])).toBe(
      "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'sha256-a' 'sha256-b'; style-src-attr 'unsafe-inline'",
    );
  });

  it("leaves a policy without style-src alone: its default-src still decides", () => {
    const plain = "default-src 'none'; frame-ancestors 'none'";
    expect(withStyleHashes(plain, ["'sha256-a'"])).toBe(plain);
  });

  it("hashes every built stylesheet's exact bytes, as the browser hashes the <style> element carrying them", () => {
    const dist = mkdtempSync(path.join(tmpdir(), "meridian-styles-"));
    mkdirSync(path.join(dist, "static", "chunks"), { recursive: true });
    const css = "body{margin:0}\n.a{color:red}";
    writeFileSync(path.join(dist, "static", "chunks", "b.css"), css);
    writeFileSync(path.join(dist, "static", "chunks", "a.js"), "not a stylesheet");
    const expected = `'sha256-${createHash("sha256").update(css).digest("base64")}'`;
    expect(stylesheetHashes(dist)).toEqual([expected]);
  });

  it("finds none for a folder that is not a build", () => {
    expect(stylesheetHashes(path.join(tmpdir(), "no-such-build"))).toEqual([]);
  });

  it("adds them to each response's own policy as it is sent, whichever policy came before", () => {
    const dist = mkdtempSync(path.join(tmpdir(), "meridian-styles-"));
    mkdirSync(path.join(dist, "static"), { recursive: true });
    writeFileSync(path.join(dist, "static", "site.css"), "a{}");
    const [hash] = stylesheetHashes(dist);
    const allow = inlineStyleAllower(dist);
    const send = (policy: string) => {
      const headers = new Map<string, string>([["content-security-policy", policy]]);
      const response = {
        getHeader: (name: string) => headers.get(name),
        setHeader: (name: string, value: string) => headers.set(name, value),
        writeHead: () => undefined,
      };
      allow(response as never);
      response.writeHead();
      return headers.get("content-security-policy");
    };
    const desk = (nonce: string) => `script-src 'self' 'nonce-${nonce}'; style-src 'self'`;
    expect(send(POLICY)).toContain(`style-src 'self' ${hash};`);
    expect(send(desk("a"))).toBe(`script-src 'self' 'nonce-a'; style-src 'self' ${hash}`);
    expect(send(desk("b"))).toBe(`script-src 'self' 'nonce-b'; style-src 'self' ${hash}`);
    expect(send(POLICY)).toContain(`style-src 'self' ${hash};`);
  });
});
