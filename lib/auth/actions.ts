"use server";
// Sign-in and sign-out as Server Actions posted by the desk's own <form>s, which work without JavaScript. Sign-in
// writes the same next-auth JWT cookie as the Credentials provider at /api/auth, so getServerSession reads either.
import { encode } from "next-auth/jwt";
import { cookies, draftMode, headers } from "next/headers";
import { redirect } from "next/navigation";
import { now } from "../clock";
import { getDb } from "../db/connection";
import { assertSameOrigin } from "../http/same-origin";
import { safeInternalPath } from "./guards";
import { authSecret } from "./secret";
import { sessionCookie } from "./cookie";
import { SESSION_MAX_AGE_SECONDS } from "./session";
import { clientAddress } from "../http/client-address";
import { attemptSignIn } from "./sign-in";

export type SignInState = { error?: string; email?: string };

export async function signInAction(_previous: SignInState, form: FormData): Promise<SignInState> {
  assertSameOrigin(await headers());
  const email = String(form.get("email") ?? "").trim();
  const password = String(form.get("password") ?? "");
  if (!email || !password) return { error: "Enter both your email address and your password.", email };

  const at = now();
  const address = clientAddress(await headers());
  const result = await attemptSignIn(await getDb(), { email, password, address }, at, authSecret());
  if (!result.ok && result.reason === "throttled") {
    const minutes = Math.max(1, Math.ceil((result.retryAt.getTime() - at.getTime()) / 60_000));
    return {
      error: `Too many failed sign-in attempts. For your security, sign-in is paused: try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`,
      email,
    };
  }
  if (!result.ok) return { error: "That email address and password do not match an active editor account.", email };

  const { editor } = result;
  const token = await encode({
    token: { sub: String(editor.id), name: editor.name, email: editor.email, role: editor.role },
    secret: authSecret(),
    maxAge: SESSION_MAX_AGE_SECONDS,
  });
  const cookie = sessionCookie();
  (await cookies()).set(cookie.name, token, { ...cookie.options, maxAge: SESSION_MAX_AGE_SECONDS });
  redirect(safeInternalPath(form.get("callbackUrl")));
}

/**
 * Signs this browser out: deletes its session cookie and leaves draft mode. A JWT cannot be revoked, so a copied
 * cookie stays valid until it expires (12 hours); disabling the account ends it everywhere, as every request checks.
 */
export async function signOutAction(): Promise<null> {
  assertSameOrigin(await headers());
  (await cookies()).delete(sessionCookie().name);
  (await draftMode()).disable();
  redirect("/editor/sign-in?signed-out=1");
}
