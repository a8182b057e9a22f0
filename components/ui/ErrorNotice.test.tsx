import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import GlobalError from "@/app/global-error";
import { ErrorNotice, errorLogLine } from "./ErrorNotice";

const failure = Object.assign(new Error("SELECT secret FROM editors failed at db.internal:5432"), {
  digest: "1234567",
});

describe("the error boundaries", () => {
  it("say what happened like the 404 page, with a way back, and keep search engines out", () => {
    const html = renderToStaticMarkup(<ErrorNotice error={failure} reset={() => {}} />);
    expect(html).toMatch(/<div class="(?=[^"]*\bcontainer\b)(?=[^"]*\bnot-found\b)[^"]*">/);
    expect(html).toContain('<h1 class="page-title">Something went wrong</h1>');
    expect(html).toContain('<meta name="robots" content="noindex"/>');
    expect(html).toContain('href="/"');
    expect(html).not.toContain("secret");
  });

  it("log the digest only, never the message", () => {
    expect(errorLogLine(failure)).toBe("The page failed to render (digest 1234567).");
    expect(errorLogLine(failure)).not.toContain("secret");
  });

  it("bring their own document when the root layout itself failed", () => {
    const html = renderToStaticMarkup(<GlobalError error={failure} reset={() => {}} />);
    expect(html).toMatch(/^<html lang="en">/);
    expect(html).toContain("Something went wrong");
  });
});
