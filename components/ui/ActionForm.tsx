"use client";
// Client leaf: only useActionState's permalink gives a Server Action form a real address in its HTML.
// Without it React writes action="" (invalid HTML). Without JavaScript the form posts to that address; with it, in place.
import { useActionState, type ComponentProps } from "react";

/** A Server Action for ActionForm: it ends in a redirect, so it has no state to return. */
export type FormAction = (state: null, form: FormData) => Promise<null>;

type Props = Omit<ComponentProps<"form">, "action" | "method" | "encType"> & { action: FormAction; permalink: string };

export function ActionForm({ action, permalink, ...props }: Props) {
  const [, formAction] = useActionState(action, null, permalink);
  return <form {...props} action={formAction} />;
}
