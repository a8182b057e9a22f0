import type { Metadata } from "next";
import { AddEditorForm } from "@/components/editor/AddEditorForm";
import { ActionForm } from "@/components/ui/ActionForm";
import { setEditorStatusAction } from "@/lib/auth/editor-actions";
import { DeskHeader } from "@/components/editor/DeskHeader";
import { listEditors } from "@/lib/auth/editors";
import { requireAdmin } from "@/lib/auth/guards";
import { getDb } from "@/lib/db/connection";
import { searchParam } from "@/lib/http/search-param";

export const metadata: Metadata = { title: "Editors" };

export default async function EditorsPage({ searchParams }: PageProps<"/editor/editors">) {
  const admin = await requireAdmin("/editor/editors");
  const notice = searchParam((await searchParams).notice);
  const editors = await listEditors(await getDb());
  return (
    <>
      <DeskHeader editor={admin} title="Editors" />
      {notice === "not-yourself" && (
        <p role="status" className="notice">
          You cannot disable your own account.
        </p>
      )}
      <div className="table-scroll" role="region" aria-label="Editor accounts" tabIndex={0}>
        <table className="desk-table">
          <caption className="visually-hidden">Editor accounts</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Email</th>
              <th scope="col">Role</th>
              <th scope="col">Status</th>
              <th scope="col">Action</th>
            </tr>
          </thead>
          <tbody>
            {editors.map((editor) => (
              <tr key={editor.id}>
                <th scope="row">{editor.name}</th>
                <td>{editor.email}</td>
                <td>{editor.role}</td>
                <td>{editor.disabled ? "Disabled" : "Active"}</td>
                <td>
                  {editor.email !== admin.email && (
                    <ActionForm action={setEditorStatusAction} permalink="/editor/editors">
                      <input type="hidden" name="email" value={editor.email} />
                      <input type="hidden" name="disable" value={String(!editor.disabled)} />
                      <button type="submit" className="button button-quiet">
                        {editor.disabled ? "Enable" : "Disable"}
                        <span className="visually-hidden"> {editor.name}</span>
                      </button>
                    </ActionForm>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <section aria-labelledby="add-editor-heading">
        <h2 id="add-editor-heading" className="block-heading">
          Add an editor
        </h2>
        <AddEditorForm />
      </section>
    </>
  );
}
