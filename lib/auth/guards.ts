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

/** Only paths inside this site, so a crafted link cannot bounce an editor elsewhere after sign-in. */
export function safeInternalPath(value: unknown, fallback = "/editor"): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || value.includes("\\")) return fallback;
  try {
    const url = new URL(value, "http://internal.invalid");
    return url.origin === "http://internal.invalid" ? url.pathname + url.search : fallback;
  } catch {
    return fallback;
  }
}
