import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/editor/SignInForm";
import { currentEditor, safeInternalPath } from "@/lib/auth/guards";
import { searchParam } from "@/lib/http/search-param";

export const metadata: Metadata = { title: "Editors’ sign-in" };

export default async function SignInPage({ searchParams }: PageProps<"/editor/sign-in">) {
  const params = await searchParams;
  const callbackUrl = safeInternalPath(searchParam(params.callbackUrl));
  if (await currentEditor()) redirect(callbackUrl);
  return (
    <div className="sign-in">
      <h1 className="page-title">Editors’ sign-in</h1>
      {params["signed-out"] && (
        <p role="status" className="notice">
          You have signed out.
        </p>
      )}
      <p className="page-description">
        For the newsroom’s editors: preview drafts and scheduled articles, and moderate comments.
      </p>
      <SignInForm callbackUrl={callbackUrl} />
    </div>
  );
}
