"use client";
// A page that fails to render, inside the site's header and footer (the root layout still renders).
import { ErrorNotice } from "@/components/ui/ErrorNotice";

export default function ErrorPage(props: { error: Error & { digest?: string }; reset: () => void }) {
  return <ErrorNotice {...props} />;
}
