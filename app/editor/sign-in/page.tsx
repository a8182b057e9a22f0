import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/editor/SignInForm";
import { currentEditor, safeInternalPath } from "@/lib/auth/guards";

export const metadata: Metadata = { title: "Editors’ sign-in" };

type SearchParams = Promise<{ callbackUrl?: string; "signed-out"?: string }>;

export default async function SignInPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const callbackUrl = safeInternalPath(params.callbackUrl);
  if (await currentEditor()) redirect(callbackUrl);
  return (
    <div className="sign-in">
      <h1 className="page-title">Editors’ sign-in</h1>
      {params["signed-out"] && <p role="status" className="notice">You have signed out.</p>}
      <p className="page-description">For the newsroom’s editors: preview drafts and scheduled articles, and moderate comments.</p>
      <SignInForm callbackUrl={callbackUrl} />
    </div>
  );
}
