import { describe, expect, it } from "vitest";
import {
  checkRenderToken,
  commentsOpen,
  heldWordIn,
  moderationOutcome,
  rateLimitProblem,
  signRenderToken,
  validateCommentInput,
} from "./rules";

const now = new Date("2026-11-28T10:00:00Z");
const seconds = (n: number) => new Date(now.getTime() + n * 1000);

describe("validateCommentInput", () => {
  it("accepts a good comment and trims it", () => {
    expect(validateCommentInput({ name: " Ann ", email: "ann@example.org", body: " Hi there " })).toEqual({
      ok: true,
      value: { name: "Ann", email: "ann@example.org", body: "Hi there" },
    });
  });

  it("puts a message on each field at fault", () => {
    const result = validateCommentInput({ name: "", email: "not-an-email", body: "x" });
    expect(result).toEqual({
      ok: false,
      fieldErrors: {
        name: "Enter your name.",
        email: "Enter a valid email address, like name@example.com.",
        body: "Your comment must be at least 2 characters.",
      },
    });
  });

  it("limits the name to 80 and the comment to 5,000 characters", () => {
    const result = validateCommentInput({ name: "n".repeat(81), email: "a@b.org", body: "b".repeat(5001) });
    expect(result.ok ? {} : result.fieldErrors).toEqual({
      name: "Your name can be at most 80 characters.",
      body: "Your comment can be at most 5,000 characters.",
    });
    expect(validateCommentInput({ name: "n".repeat(80), email: "a@b.org", body: "b".repeat(5000) }).ok).toBe(true);
  });
});

describe("validateCommentInput with hostile text", () => {
  it("drops control characters, keeping tabs and line breaks", () => {
    const result = validateCommentInput({
      name: "A\u0000n\u001bn\u007f\u0085",
      email: "a@example.org",
      body: "one\u0008\n\ttwo\u0000",
    });
    expect(result).toEqual({ ok: true, value: { name: "Ann", email: "a@example.org", body: "one\n\ttwo" } });
  });

  it("refuses a name of control characters only, an overlong email and an id no table holds", () => {
    const result = validateCommentInput({
      name: "\u0000\u0001",
      email: `${"a".repeat(250)}@example.org`,
      body: "Fine.",
      parentId: "2147483648",
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(Object.keys(result.fieldErrors).sort()).toEqual(["email", "name", "parentId"]);
  });

  it("takes a reply's parent only as plain decimal digits", () => {
    const reply = (parentId: unknown) =>
      validateCommentInput({ name: "A", email: "a@example.org", body: "Fine.", parentId });
    expect(reply("12")).toMatchObject({ ok: true, value: { parentId: 12 } });
    expect(reply(12)).toMatchObject({ ok: true, value: { parentId: 12 } });
    for (const bad of ["0x10", "1e3", " 1", "-1", "1.5", 1.5, -1]) expect(reply(bad).ok, String(bad)).toBe(false);
  });
});

describe("commentsOpen", () => {
  const article = (comments: "auto" | "open" | "closed", daysOld: number) => ({
    comments,
    publishedAt: new Date(now.getTime() - daysOld * 86_400_000),
  });
  it("closes automatically after the site's number of days", () => {
    expect(commentsOpen(article("auto", 59.9), 60, now)).toBe(true);
    expect(commentsOpen(article("auto", 60), 60, now)).toBe(false);
  });
  it("follows the article's own setting", () => {
    expect(commentsOpen(article("open", 4000), 60, now)).toBe(true);
    expect(commentsOpen(article("closed", 0), 60, now)).toBe(false);
  });
});

describe("render tokens", () => {
  const token = signRenderToken(now, "secret");
  it("hold posts made under 3 seconds after the form was rendered", () => {
    expect(checkRenderToken(token, seconds(2.9), "secret")).toBe("too-fast");
    expect(checkRenderToken(token, seconds(3), "secret")).toBe("ok");
  });
  it("refuse stale and forged tokens", () => {
    expect(checkRenderToken(token, seconds(7 * 86_400 + 1), "secret")).toBe("stale");
    expect(checkRenderToken(token, seconds(10), "other secret")).toBe("forged");
    expect(checkRenderToken(`${now.getTime() - 60_000}.${token.split(".")[1]}`, seconds(10), "secret")).toBe("forged");
    expect(checkRenderToken("", seconds(10), "secret")).toBe("forged");
  });
});

describe("rate limits", () => {
  it("allow 5 comments in 10 minutes and 30 a day", () => {
    expect(rateLimitProblem({ lastTenMinutes: 4, lastDay: 29 })).toBeNull();
    expect(rateLimitProblem({ lastTenMinutes: 5, lastDay: 5 })).toMatch(/5 comments in the last 10 minutes/);
    expect(rateLimitProblem({ lastTenMinutes: 0, lastDay: 30 })).toMatch(/30 comments today/);
  });
});

describe("moderation", () => {
  it("finds held words as whole words, in any case", () => {
    expect(heldWordIn("Visit my CASINO now", ["casino"])).toBe("casino");
    expect(heldWordIn("a crypto  giveaway", ["crypto giveaway"])).toBeNull();
    expect(heldWordIn("a crypto giveaway!", ["crypto giveaway"])).toBe("crypto giveaway");
    expect(heldWordIn("occasional thoughts", ["casino", "occasion"])).toBeNull();
  });

  it("publishes at once only for a trusted commenter with nothing suspicious", () => {
    const clean = { emailTrusted: true, links: 1, heldWord: null, tooFast: false };
    expect(moderationOutcome(clean)).toBe("approved");
    expect(moderationOutcome({ ...clean, emailTrusted: false })).toBe("pending");
    expect(moderationOutcome({ ...clean, links: 2 })).toBe("pending");
    expect(moderationOutcome({ ...clean, heldWord: "casino" })).toBe("pending");
    expect(moderationOutcome({ ...clean, tooFast: true })).toBe("pending");
  });
});
