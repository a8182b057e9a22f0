// The session cookie: HttpOnly, SameSite=Lax, Secure when the site is served over https.
import { siteUrl } from "../site";

export function secureCookies(): boolean {
  return siteUrl().startsWith("https:");
}

export function sessionCookie() {
  const secure = secureCookies();
  return {
    name: secure ? "__Secure-meridian.session" : "meridian.session",
    options: { httpOnly: true, sameSite: "lax" as const, path: "/", secure },
  };
}
