// The locks on every editors' door: pages, Server Actions and Route Handlers each call one of these themselves.
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { getDb } from "../db/connection";
import { findEditorById, type Editor } from "./editors";
import { authOptions } from "./session";

/** The signed-in editor, re-read from the database so a disabled account loses access on its next request. */
export async function currentEditor(): Promise<Editor | null> {
  const session = await getServerSession(authOptions());
  const id = session?.editorId;
  if (!id || !Number.isInteger(id)) return null;
  const editor = await findEditorById(await getDb(), id);
  return editor && !editor.disabled ? editor : null;
}

/** For pages and Server Actions: the editor, or a redirect to sign-in that comes back here. */
export async function requireEditor(returnTo = "/editor"): Promise<Editor> {
  const editor = await currentEditor();
  if (!editor) redirect(`/editor/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  return editor;
}

export async function requireAdmin(returnTo = "/editor"): Promise<Editor> {
  const editor = await requireEditor(returnTo);
  if (editor.role !== "admin") redirect("/editor?notice=admins-only");
  return editor;
}

/** For Route Handlers: 401 instead of a redirect. */
export function unauthorized(): Response {
  return new Response("Sign in as an editor to use this.\n", {
    status: 401,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "private, no-store" },
  });
}

const INTERNAL = "http://internal.invalid";

/**
 * Only paths inside this site, so a crafted link cannot bounce an editor elsewhere after sign-in. The value is
 * normalised first, as browsers do (dot segments resolved, backslashes read as slashes, tabs and newlines
 * dropped), and the RESULT is checked: it must be a path a browser cannot read as another host ("//host").
 */
export function safeInternalPath(value: unknown, fallback = "/editor"): string {
  if (typeof value !== "string" || !value.startsWith("/")) return fallback;
  let url: URL;
  try {
    url = new URL(value, INTERNAL);
  } catch {
    return fallback;
  }
  const path = url.pathname + url.search;
  if (url.origin !== INTERNAL || !path.startsWith("/") || path.startsWith("//") || /[\\\u0000-\u001f\u007f]/.test(path))
    return fallback;
  return path;
}
