import type { Metadata } from "next";

// The desk is per editor and never cached or indexed.
export const dynamic = "force-dynamic";
export const metadata: Metadata = { robots: { index: false, follow: false } };

export default function EditorLayout({ children }: LayoutProps<"/editor">) {
  return <div className="editor-area container">{children}</div>;
}
