"use client";
// Client leaf: keeps what the admin typed and shows the outcome in place; without JavaScript it posts and re-renders.
import { useActionState } from "react";
import { addEditorAction, type AddEditorState } from "@/lib/auth/editor-actions";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password-rules";

export function AddEditorForm() {
  const [state, action, pending] = useActionState<AddEditorState, FormData>(addEditorAction, {}, "/editor/editors");
  return (
    <form action={action} className="form">
      {state.error && (
        <p role="alert" className="form-error">
          {state.error}
        </p>
      )}
      {state.added && (
        <p role="status" className="notice">
          Added {state.added}. They can sign in now.
        </p>
      )}
      <div className="field">
        <label htmlFor="new-email">Email address</label>
        <input
          id="new-email"
          name="email"
          type="email"
          required
          autoComplete="off"
          defaultValue={state.values?.email}
        />
      </div>
      <div className="field">
        <label htmlFor="new-name">Name</label>
        <input id="new-name" name="name" type="text" required defaultValue={state.values?.name} />
      </div>
      <div className="field">
        <label htmlFor="new-role">Role</label>
        <select id="new-role" name="role" defaultValue={state.values?.role ?? "editor"}>
          <option value="editor">Editor (preview, moderate)</option>
          <option value="admin">Admin (also manages editors)</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor="new-password">Password</label>
        <input
          id="new-password"
          name="password"
          type="password"
          required
          minLength={MIN_PASSWORD_LENGTH}
          autoComplete="new-password"
          aria-describedby="new-password-hint"
        />
        <p id="new-password-hint" className="hint">
          At least {MIN_PASSWORD_LENGTH} characters.
        </p>
      </div>
      <button type="submit" className="button" disabled={pending}>
        {pending ? "Adding…" : "Add editor"}
      </button>
    </form>
  );
}
