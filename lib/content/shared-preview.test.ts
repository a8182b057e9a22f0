import { beforeAll, describe, expect, it } from "vitest";
import { createPreviewToken } from "../auth/preview-links";
import { authSecret } from "../auth/secret";
import { sharedPreview } from "./shared-preview";
import { getContent } from "./store";

const now = new Date();
const later = (hours: number) => new Date(now.getTime() + hours * 3_600_000);

beforeAll(() => {
  process.env.NEXTAUTH_SECRET ??= "shared-preview-test-secret";
});

describe("what a shared preview link opens", () => {
  const draft = getContent().articles.find((article) => article.status === "draft")!;

  it("is its article, with the link's expiry, until the link expires", () => {
    const token = createPreviewToken(draft.slug, now, authSecret(), 2);
    expect(sharedPreview(token, later(1))).toEqual({ article: draft, expiresAt: later(2) });
    expect(sharedPreview(token, later(2))).toBeNull();
  });

  it("is nothing for a forged link, a link to no article, or something that is no link", () => {
    const token = createPreviewToken(draft.slug, now, "another-secret");
    expect(sharedPreview(token, now)).toBeNull();
    expect(sharedPreview(createPreviewToken("no-such-article", now, authSecret()), now)).toBeNull();
    expect(sharedPreview("not-a-token", now)).toBeNull();
  });
});
