// After a post without JavaScript, the browser is redirected back to the article; a short-lived signed cookie
// tells that one page view what happened, while every other reader keeps getting the cached page.
import { sign, verify } from "../security/signing";

export const FLASH_COOKIE = "meridian.comment-flash";
export const FLASH_SECONDS = 120;
/** proxy.ts hands the cookie's (signed) value to the page in this request header, then deletes the cookie. */
export const FLASH_HEADER = "x-meridian-comment-flash";

export type Flash = { kind: "published" | "pending"; commentId: number | null };

export function encodeFlash(flash: Flash, secret: string): string {
  return sign("comment-flash", `${flash.kind}.${flash.commentId ?? 0}`, secret);
}

export function decodeFlash(cookie: string | undefined, secret: string): Flash | null {
  // A cookie signed with a rotated-out secret simply fails here and is ignored.
  const match = /^(published|pending)\.(\d+)$/.exec(verify("comment-flash", cookie ?? "", secret) ?? "");
  if (!match) return null;
  const id = Number(match[2]);
  return { kind: match[1] as Flash["kind"], commentId: id > 0 ? id : null };
}
