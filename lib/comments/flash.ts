// After a post without JavaScript, the browser is redirected back to the article; a short-lived signed cookie
// tells that one page view what happened, while every other reader keeps getting the cached page.
import { createHmac, timingSafeEqual } from "node:crypto";

export const FLASH_COOKIE = "meridian.comment-flash";
export const FLASH_SECONDS = 120;
/** proxy.ts hands the cookie's (signed) value to the page in this request header, then deletes the cookie. */
export const FLASH_HEADER = "x-meridian-comment-flash";

export type Flash = { kind: "published" | "pending"; commentId: number | null };

function sign(value: string, secret: string): string {
  return createHmac("sha256", `comment-flash:${secret}`).update(value).digest("base64url");
}

export function encodeFlash(flash: Flash, secret: string): string {
  const value = `${flash.kind}.${flash.commentId ?? 0}`;
  return `${value}.${sign(value, secret)}`;
}

export function decodeFlash(cookie: string | undefined, secret: string): Flash | null {
  const match = /^(published|pending)\.(\d+)\.([\w-]+)$/.exec(cookie ?? "");
  if (!match) return null;
  const expected = Buffer.from(sign(`${match[1]}.${match[2]}`, secret));
  const given = Buffer.from(match[3]!);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  const id = Number(match[2]);
  return { kind: match[1] as Flash["kind"], commentId: id > 0 ? id : null };
}
