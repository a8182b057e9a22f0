// Turns what a reader typed into a safe FTS5 MATCH expression. Pure. Every term is quoted, so nothing a reader types
// is read as FTS syntax (AND, NEAR(, column:, parentheses): only quoted phrases and a trailing `*` keep a meaning.

/** Longer input is cut here: no one types more, and a long query costs the index more. */
export const MAX_QUERY_LENGTH = 200;
/** Terms beyond these are ignored (each one is a further AND). */
export const MAX_TERMS = 12;
/** A prefix shorter than this (`a*`) would match most of the index: it is searched as a plain word. */
const MIN_PREFIX = 2;

export type ParsedQuery = {
  /** The FTS5 expression, or null when the input holds nothing searchable. */
  match: string | null;
  /** Only stop words ("the", "of the"): nearly every article matches, and relevance cannot tell them apart. */
  common: boolean;
  /** The same terms as plain quoted words (no prefixes), for when FTS5 still refuses `match`. */
  fallback: string | null;
};

// Characters that cannot be part of a search and would only upset HTML or the index: C0/C1 controls, bidi overrides
// and isolates, private-use sentinels (the snippet markers), noncharacters and lone surrogates.
const UNWANTED =
  /[\u0000-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2066-\u2069\uE000-\uF8FF\uFEFF\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The reader's input as it is kept and shown back: unwanted characters dropped, spaces collapsed, length capped. */
export function cleanQuery(input: string): string {
  const text = input.replace(UNWANTED, " ").replace(/\s+/g, " ").trim();
  const chars = Array.from(text);
  return chars.length > MAX_QUERY_LENGTH ? chars.slice(0, MAX_QUERY_LENGTH).join("").trim() : text;
}

/** Runs of letters and digits: what the index's tokenizer keeps of a word. */
function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}\p{M}]+/gu) ?? [];
}

const quote = (text: string) => `"${text.replaceAll('"', '""')}"`;

/** One thing the reader asked for: a word or a phrase; `prefix` when its last word ends in `*`. */
export type Term = { words: string[]; prefix: boolean };

// Words nearly every article holds: as lone terms beside others they narrow nothing and cost the most to rank, so they
// are left out then (kept in phrases, and when the query has nothing else).
const STOP_WORDS = new Set(
  "a an and are as at be but by for from had has have he her his i in is it its of on or she that the their they this to was were which who will with".split(
    " ",
  ),
);

const isStopWord = (term: Term) =>
  !term.prefix && term.words.length === 1 && STOP_WORDS.has(term.words[0]!.toLowerCase());

/** The terms of the reader's input, at most MAX_TERMS; lone stop words dropped when other terms remain. */
export function parseTerms(input: string): Term[] {
  const found: Term[] = [];
  // A quoted phrase, or a run of anything but space and quote; an unmatched quote is taken as a space.
  for (const [, phrase, word] of input.matchAll(/"([^"]*)"|([^\s"]+)/g)) {
    if (phrase !== undefined) {
      const inside = words(phrase);
      if (inside.length) found.push({ words: inside, prefix: false });
      continue;
    }
    const inside = words(word!);
    if (!inside.length) continue;
    // `militar*`: a prefix when the star ends the word and follows enough letters.
    const last = inside[inside.length - 1]!;
    const prefix = /[\p{L}\p{N}\p{M}]\*+$/u.test(word!) && Array.from(last).length >= MIN_PREFIX;
    found.push({ words: inside, prefix });
  }
  const meaningful = found.filter((term) => !isStopWord(term));
  return (meaningful.length ? meaningful : found).slice(0, MAX_TERMS);
}

/**
 * A prefix's whole words, folded as the index folds them (lower case, no diacritics), most frequent first. The index
 * stems words (porter), so "desalinat*" alone would miss the stem "desalin"; the whole words it begins are stemmed as
 * the index was.
 */
export type PrefixExpansion = (prefix: string) => string[];

/** How the index folds a word before stemming: lower case, diacritics removed. */
export function foldWord(word: string): string {
  return word.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

/** Shorter prefixes are shorter than the stems of the words they begin (stems keep at least a word's root). */
const MIN_EXPANDED_PREFIX = 5;

function termExpression(term: Term, expand: PrefixExpansion): string {
  const phrase = quote(term.words.join(" "));
  if (!term.prefix || Array.from(term.words[term.words.length - 1]!).length < MIN_EXPANDED_PREFIX)
    return phrase + (term.prefix ? "*" : "");
  const head = term.words.slice(0, -1);
  const whole = expand(foldWord(term.words[term.words.length - 1]!)).map((word) => quote([...head, word].join(" ")));
  return whole.length ? `(${[`${phrase}*`, ...whole].join(" OR ")})` : `${phrase}*`;
}

export function parseQuery(input: string, expand: PrefixExpansion = () => []): ParsedQuery {
  const found = parseTerms(cleanQuery(input));
  if (!found.length) return { match: null, common: false, fallback: null };
  return {
    common: found.every((term) => !term.prefix && term.words.every((word) => STOP_WORDS.has(word.toLowerCase()))),
    match: found.map((term) => termExpression(term, expand)).join(" "),
    fallback: found
      .flatMap((term) => term.words)
      .slice(0, MAX_TERMS)
      .map(quote)
      .join(" "),
  };
}
