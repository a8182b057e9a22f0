import { describe, expect, it } from "vitest";
import type { Article } from "./load";
import { isPublic, isScheduled } from "./store";

const at = (iso: string) => new Date(iso);
const article = (status: Article["status"], publishedAt: string) => ({ status, publishedAt: at(publishedAt) }) as Article;

describe("who may see an article", () => {
  const now = at("2026-11-28T12:00:00Z");

  it("shows published articles whose time has come", () => {
    expect(isPublic(article("published", "2026-11-28T12:00:00Z"), now)).toBe(true);
    expect(isPublic(article("published", "2014-11-18T11:40:00Z"), now)).toBe(true);
  });

  it("hides scheduled articles until their time, then shows them without anything else changing", () => {
    const scheduled = article("published", "2026-11-28T12:00:01Z");
    expect(isPublic(scheduled, now)).toBe(false);
    expect(isScheduled(scheduled, now)).toBe(true);
    expect(isPublic(scheduled, at("2026-11-28T12:00:01Z"))).toBe(true);
  });

  it("never shows drafts, whatever their date", () => {
    expect(isPublic(article("draft", "2001-01-01T00:00:00Z"), now)).toBe(false);
    expect(isScheduled(article("draft", "2099-01-01T00:00:00Z"), now)).toBe(false);
  });
});
