import Link from "next/link";
import { ActionForm } from "@/components/ui/ActionForm";
import { signOutAction } from "@/lib/auth/actions";
import type { Editor } from "@/lib/auth/editors";

/** Who is signed in, the desk's own menu and the sign-out button. */
export function DeskHeader({ editor, title }: { editor: Editor; title: string }) {
  return (
    <header className="desk-header">
      <div>
        <h1 className="page-title">{title}</h1>
        <p className="desk-who">
          Signed in as {editor.name} ({editor.role})
        </p>
      </div>
      <nav aria-label="Editors’ desk">
        <ul className="desk-nav">
          <li>
            <Link href="/editor">Articles</Link>
          </li>
          <li>
            <Link href="/editor/comments">Comments</Link>
          </li>
          {editor.role === "admin" && (
            <li>
              <Link href="/editor/editors">Editors</Link>
            </li>
          )}
          <li>
            <ActionForm action={signOutAction} permalink="/editor">
              <button type="submit" className="button button-quiet">
                Sign out
              </button>
            </ActionForm>
          </li>
        </ul>
      </nav>
    </header>
  );
}
