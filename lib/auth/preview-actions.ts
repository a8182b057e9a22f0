"use server";
// Leaving preview: draft mode off, back to the desk. A Server Action, like every form on the site.
import { draftMode, headers } from "next/headers";
import { redirect } from "next/navigation";
import { assertSameOrigin } from "../http/same-origin";

export async function exitPreviewAction(): Promise<null> {
  assertSameOrigin(await headers());
  (await draftMode()).disable();
  redirect("/editor");
}
