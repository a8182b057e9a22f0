"use client";
// Client because Next requires error boundaries to be (they also catch failures in the browser).
// A page that fails to render, shown inside the site's header and footer (the root layout still renders).
import { ErrorNotice } from "@/components/ui/ErrorNotice";

export default function ErrorPage(props: { error: Error & { digest?: string }; reset: () => void }) {
  return <ErrorNotice {...props} />;
}
