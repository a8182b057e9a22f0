// next-auth options: Credentials sign-in, JWT sessions in an HttpOnly, SameSite=Lax cookie (Secure behind https).
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { now } from "../clock";
import { getDb } from "../db/connection";
import type { EditorRole } from "../db/schema";
import { siteUrl } from "../site";
import { sessionCookie } from "./cookie";
import { authSecret } from "./secret";
import { clientAddress } from "../http/client-address";
import { attemptSignIn } from "./sign-in";

declare module "next-auth" {
  interface Session {
    editorId?: number;
    role?: EditorRole;
  }
  interface User {
    role?: EditorRole;
  }
}
declare module "next-auth/jwt" {
  interface JWT {
    role?: EditorRole;
  }
}

export const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;

let cached: NextAuthOptions | undefined;

/** Built on first use, not at import: the secret is a run-time setting. */
export function authOptions(): NextAuthOptions {
  // next-auth builds its own URLs from NEXTAUTH_URL; the site's public origin is the one truth.
  process.env.NEXTAUTH_URL ??= siteUrl();
  cached ??= {
    secret: authSecret(),
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    pages: { signIn: "/editor/sign-in", error: "/editor/sign-in" },
    cookies: { sessionToken: sessionCookie() },
    providers: [
      CredentialsProvider({
        name: "email and password",
        credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
        async authorize(credentials, request) {
          if (!credentials?.email || !credentials.password) return null;
          const address = clientAddress(new Headers(request.headers as Record<string, string>));
          const result = await attemptSignIn(await getDb(), { ...credentials, address }, now(), authSecret());
          if (!result.ok) return null;
          const { editor } = result;
          return { id: String(editor.id), name: editor.name, email: editor.email, role: editor.role };
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user?.role) token.role = user.role;
        return token;
      },
      session({ session, token }) {
        session.editorId = Number(token.sub);
        session.role = token.role;
        return session;
      },
    },
  };
  return cached;
}
