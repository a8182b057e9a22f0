// Pages carry their stylesheets inline (next.config.ts, experimental.inlineCss), so the first paint waits for no
// request. The Content-Security-Policy still allows no <style> element but these: each built stylesheet's SHA-256 is
// added to `style-src` of every response's policy. The hashes exist only once the build has made the stylesheets,
// after next.config.ts's headers were fixed, so they are added here, from the files of the build being served.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/** The CSP source for each stylesheet of the build in `distDir` ("'sha256-…'"), in a stable order. */
export function stylesheetHashes(distDir) {
  const staticDir = path.join(distDir, "static");
  let files;
  try {
    files = readdirSync(staticDir, { recursive: true, encoding: "utf8" });
  } catch {
    return [];
  }
  return files
    .filter((file) => file.endsWith(".css"))
    .sort()
    .map(
      (file) =>
        `'sha256-${createHash("sha256")
          .update(readFileSync(path.join(staticDir, file)))
          .digest("base64")}'`,
    );
}

/** `policy` with `hashes` added to its style-src directive (left as it is without one: default-src rules then). */
export function withStyleHashes(policy, hashes) {
  if (hashes.length === 0) return policy;
  return policy
    .split(";")
    .map((directive) => {
      const [name] = directive.trim().split(/\s+/, 1);
      return name?.toLowerCase() === "style-src" ? `${directive.trimEnd()} ${hashes.join(" ")}` : directive;
    })
    .join(";");
}

/** A function that adds the build's stylesheet hashes to one response's Content-Security-Policy when it sends. */
export function inlineStyleAllower(distDir) {
  const hashes = stylesheetHashes(distDir);
  if (hashes.length === 0) console.warn(`No stylesheets under ${distDir}/static: pages' inline styles will be refused`);
  // Readers' pages all carry the same policy: the last one is kept worked out (the desk's differ by their nonce).
  let lastPolicy = "";
  let lastWithHashes = "";
  return (response) => {
    const writeHead = response.writeHead;
    response.writeHead = function (...args) {
      const policy = response.getHeader("content-security-policy");
      if (typeof policy === "string") {
        if (policy !== lastPolicy) [lastPolicy, lastWithHashes] = [policy, withStyleHashes(policy, hashes)];
        response.setHeader("content-security-policy", lastWithHashes);
      }
      return writeHead.apply(this, args);
    };
  };
}
