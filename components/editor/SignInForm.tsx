"use client";
// Client leaf: shows the pending state and keeps the typed email after a refusal; without JS the form still posts.
import { useActionState } from "react";
import { signInAction, type SignInState } from "@/lib/auth/actions";

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  // The permalink is where the form posts before hydration (and without JavaScript).
  const [state, action, pending] = useActionState<SignInState, FormData>(signInAction, {}, "/editor/sign-in");
  return (
    <form action={action} className="form" noValidate aria-describedby={state.error ? "sign-in-error" : undefined}>
      {state.error && (
        <p id="sign-in-error" role="alert" className="form-error">
          {state.error}
        </p>
      )}
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <div className="field">
        <label htmlFor="email">Email address</label>
        <input id="email" name="email" type="email" autoComplete="username" required defaultValue={state.email} />
      </div>
      <div className="field">
        <label htmlFor="password">Password</label>
        <input id="password" name="password" type="password" autoComplete="current-password" required />
      </div>
      <button type="submit" className="button" disabled={pending}>
        {pending ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}
