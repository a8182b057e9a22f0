import { describe, expect, it } from "vitest";
import { tagSlug, tagSpellingProblems, topicPath } from "./tags";

describe("topic slugs", () => {
  it("are made from the tag: lowercase, accents and punctuation gone, words joined by hyphens", () => {
    expect(tagSlug("South China Sea")).toBe("south-china-sea");
    expect(tagSlug("  Climate  ")).toBe("climate");
    expect(tagSlug("São Tomé & Príncipe")).toBe("sao-tome-and-principe");
    expect(tagSlug("Start-ups")).toBe("start-ups");
    expect(tagSlug("!!!")).toBe("");
    expect(topicPath("European Union")).toBe("/topics/european-union");
  });
});

describe("the tag spelling check", () => {
  it("reports tags differing only in case, spacing or punctuation, with every file using each spelling", () => {
    const problems = tagSpellingProblems([
      { file: "a.md", tags: ["Southeast Asia", "Climate"] },
      { file: "b.md", tags: ["South-East Asia"] },
      { file: "c.md", tags: ["Southeast Asia", "climate "] },
      { file: "d.md", tags: ["Climate-change", "Climate change"] },
    ]);
    const text = problems.map((p) => `${p.file}: ${p.message}`);
    expect(text).toContainEqual(expect.stringMatching(/^a\.md: "Southeast Asia" .*"South-East Asia" \(b\.md\)/));
    expect(text).toContainEqual(expect.stringMatching(/^c\.md: "Southeast Asia" .*"South-East Asia" \(b\.md\)/));
    expect(text).toContainEqual(expect.stringMatching(/^b\.md: "South-East Asia" .*"Southeast Asia" \(a\.md, c\.md\)/));
    expect(text).toContainEqual(expect.stringMatching(/^c\.md: "climate " .*"Climate" \(a\.md\)/));
    expect(text).toContainEqual(expect.stringMatching(/^d\.md: "Climate-change" .*"Climate change" \(d\.md\)/));
    expect(problems).toHaveLength(7);
  });

  it("accepts one spelling used everywhere, and refuses a tag with no letter or digit", () => {
    expect(tagSpellingProblems([{ file: "a.md", tags: ["Trade"] }, { file: "b.md", tags: ["Trade"] }])).toEqual([]);
    expect(tagSpellingProblems([{ file: "a.md", tags: ["—"] }])).toEqual([
      { file: "a.md", field: "tags.0", message: '"—" has no letter or digit to make a topic address from' },
    ]);
  });
});
