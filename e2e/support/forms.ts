// Replays a page's Server Action form the way a browser without JavaScript posts it, so a test can send it with
// headers of its choosing (a foreign Origin, say).
import type { APIRequestContext, APIResponse } from "@playwright/test";

const decode = (value: string) =>
  value
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

/** The hidden fields of the first form on the page whose opening tag matches `opening`. */
export function hiddenFields(html: string, opening: RegExp): [string, string][] {
  const start = html.search(opening);
  if (start < 0) throw new Error(`No form matching ${opening}`);
  const form = html.slice(start, html.indexOf("</form>", start));
  return [...form.matchAll(/<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?/g)].map((match) => [
    decode(match[1]!),
    decode(match[2] ?? ""),
  ]);
}

/** Posts the form found at `path` (multipart, as the browser does) with extra fields and headers. */
export async function postPageForm(
  request: APIRequestContext,
  path: string,
  opening: RegExp,
  fields: Record<string, string>,
  headers: Record<string, string>,
): Promise<APIResponse> {
  const html = await (
    await request.get(path, { headers: { "X-Forwarded-For": headers["X-Forwarded-For"] ?? "" } })
  ).text();
  const multipart: Record<string, string> = Object.fromEntries(hiddenFields(html, opening));
  return request.post(path, { multipart: { ...multipart, ...fields }, headers, maxRedirects: 0 });
}
