// The site reads with GET and HEAD and writes with POST (Server Actions, the comments API). Next.js renders a page for
// any other method too (PUT, DELETE, TRACE answer 200 with the page) and answers OPTIONS with an empty 400; here they
// get the standard answers instead: OPTIONS lists the methods, the rest are refused with 405. Both carry the security
// headers next.config.ts gives every response, read from the build's routing manifest so there is one list of them.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

export const ALLOWED_METHODS = ["GET", "HEAD", "POST"];

/** The headers next.config.ts's `headers()` gives `pathname`, as the build resolved them. */
function configuredHeaders(distDir) {
  const file = path.join(distDir, "routes-manifest.json");
  const rules = existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")).headers ?? []) : [];
  const compiled = rules.map((rule) => ({ pattern: new RegExp(rule.regex), headers: rule.headers }));
  return (pathname) => compiled.filter(({ pattern }) => pattern.test(pathname)).flatMap(({ headers }) => headers);
}

/** A function that answers a request of any other method itself and says so (true), or leaves it to Next (false). */
export function methodGuard(distDir) {
  const headersFor = configuredHeaders(distDir);
  return (request, response) => {
    const method = request.method ?? "GET";
    if (ALLOWED_METHODS.includes(method)) return false;
    const pathname = (request.url ?? "/").split("?")[0];
    for (const { key, value } of headersFor(pathname)) response.setHeader(key, value);
    // The desk's policy is made per request by proxy.ts: a plain-text answer needs none of what it allows.
    if (!response.hasHeader("content-security-policy"))
      response.setHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
    response.setHeader("Allow", ALLOWED_METHODS.join(", "));
    response.setHeader("Cache-Control", "no-store");
    if (method === "OPTIONS") {
      response.writeHead(204).end();
    } else {
      response.setHeader("Content-Type", "text/plain; charset=utf-8");
      response.writeHead(405).end(`This site answers ${ALLOWED_METHODS.join(", ")} requests only, not ${method}.\n`);
    }
    return true;
  };
}
