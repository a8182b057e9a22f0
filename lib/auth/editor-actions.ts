"use server";
// Admins manage editor accounts from the desk. Each action checks the admin's session itself.
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { now } from "../clock";
import { getDb } from "../db/connection";
import { assertSameOrigin } from "../http/same-origin";
import { addEditor, EditorInputError, setEditorDisabled } from "./editors";
import { requireAdmin } from "./guards";

export type AddEditorState = { error?: string; added?: string; values?: { email: string; name: string; role: string } };

export async function addEditorAction(_previous: AddEditorState, form: FormData): Promise<AddEditorState> {
  assertSameOrigin(await headers());
  await requireAdmin("/editor/editors");
  const values = {
    email: String(form.get("email") ?? ""),
    name: String(form.get("name") ?? ""),
    role: String(form.get("role") ?? "editor"),
  };
  const role = values.role === "admin" ? "admin" : "editor";
  try {
    const editor = await addEditor(
      await getDb(),
      { ...values, role, password: String(form.get("password") ?? "") },
      now(),
    );
    revalidatePath("/editor/editors");
    return { added: editor.email };
  } catch (error) {
    if (error instanceof EditorInputError) return { error: `Could not add the editor: ${error.message}.`, values };
    throw error;
  }
}

/** Disables or re-enables an account; the change takes effect on that editor's next request. */
export async function setEditorStatusAction(_state: null, form: FormData): Promise<null> {
  assertSameOrigin(await headers());
  const admin = await requireAdmin("/editor/editors");
  const email = String(form.get("email") ?? "");
  const disable = form.get("disable") === "true";
  if (disable && email === admin.email) redirect("/editor/editors?notice=not-yourself");
  await setEditorDisabled(await getDb(), email, disable, now());
  redirect("/editor/editors");
}
