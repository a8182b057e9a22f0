import { describe, expect, it } from "vitest";
import { cleanQuery, MAX_QUERY_LENGTH, MAX_TERMS, parseQuery } from "./query";

describe("parseQuery", () => {
  it("quotes plain words, joined by AND", () => {
    expect(parseQuery("coral  bleaching").match).toBe('"coral" "bleaching"');
  });
  it("keeps quoted phrases as phrases", () => {
    expect(parseQuery('"salt tolerant" rice').match).toBe('"salt tolerant" "rice"');
  });
  it("keeps a trailing star as a prefix, but not on one letter", () => {
    expect(parseQuery("militar*").match).toBe('"militar"*');
    expect(parseQuery("a*").match).toBe('"a"');
    expect(parseQuery("*").match).toBeNull();
  });
  it("adds the whole words a prefix begins, as alternatives", () => {
    expect(parseQuery("desalinat*", () => ["desalination", "desalinate"]).match).toBe(
      '("desalinat"* OR "desalination" OR "desalinate")',
    );
    expect(parseQuery('"salt toler*"', () => ["tolerant"]).match).toBe('"salt toler"');
    expect(parseQuery("salt-toler*", () => ["tolerant"]).match).toBe('("salt toler"* OR "salt tolerant")');
    // A short prefix is shorter than any stem it begins: nothing to add.
    expect(parseQuery("pot*", () => ["pottery"]).match).toBe('"pot"*');
  });
  it("searches FTS syntax as text", () => {
    expect(parseQuery("NEAR(a b)").match).toBe('"NEAR a" "b"');
    expect(parseQuery("title:coral").match).toBe('"title coral"');
    expect(parseQuery("x AND y OR NOT z").match).toBe('"x" "y" "NOT" "z"');
    expect(parseQuery('"unclosed phrase').match).toBe('"unclosed" "phrase"');
    expect(parseQuery('( ) : ^ - + ""').match).toBeNull();
  });
  it("never lets a quote through unescaped", () => {
    expect(parseQuery(`x"y "q""b`).match).toBe('"x" "y" "q" "b"');
  });
  it("leaves out lone stop words beside other terms, not in phrases or alone", () => {
    expect(parseQuery("the river of the north").match).toBe('"river" "north"');
    expect(parseQuery('"the river" of').match).toBe('"the river"');
    expect(parseQuery("the of")).toMatchObject({ match: '"the" "of"', common: true });
    expect(parseQuery("the river").common).toBe(false);
  });
  it("caps length and the number of terms", () => {
    expect(cleanQuery("x".repeat(1000))).toHaveLength(MAX_QUERY_LENGTH);
    const many = Array.from({ length: 40 }, (_, i) => `w${i}`).join(" ");
    expect(parseQuery(many).match!.split(" ")).toHaveLength(MAX_TERMS);
  });
  it("drops controls, bidi overrides and lone surrogates", () => {
    expect(cleanQuery("a\u0000b\u202Ec\uD800d\uE000e")).toBe("a b c d e");
  });
  it("gives a fallback of plain quoted words", () => {
    expect(parseQuery('"salt tolerant" militar*').fallback).toBe('"salt" "tolerant" "militar"');
  });
  it("has nothing to search in an empty or blank query", () => {
    expect(parseQuery("   ")).toEqual({ match: null, common: false, fallback: null });
  });
  it("keeps letters of every script and diacritics", () => {
    expect(parseQuery("Côte d'Ivoire 東京").match).toBe('"Côte" "d Ivoire" "東京"');
  });
});
