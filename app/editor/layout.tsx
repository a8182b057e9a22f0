import type { Metadata } from "next";
import type { ReactNode } from "react";

// The desk is per editor and never cached or indexed.
export const dynamic = "force-dynamic";
export const metadata: Metadata = { robots: { index: false, follow: false } };

export default function EditorLayout({ children }: { children: ReactNode }) {
  return <div className="container editor-area">{children}</div>;
}
