// A deterministic vocabulary for synthetic articles: a few hundred real news words at the top, then thousands of
// made-up words, drawn with a Zipf-like spread (the n-th most common word about 1/n as often as the first), as in
// real text. Queries over it are selective: a rare word matches a handful of articles, not nearly all of them.

/** A small deterministic generator, so two runs write the same articles. */
export function random(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => ((state = Math.imul(state ^ (state >>> 15), 2246822507) + 0x6d2b79f5) >>> 0) / 4294967296;
}

const COMMON = (
  "the of and to in a that for on said is was with by as at from it his its be has have are were but not an " +
  "they which this after their had been who will would more new than year years about two government people " +
  "minister ministers agreed budget harbour election council river coast drought monsoon port rail freight trade " +
  "farmers market prices energy grid solar wind water school hospital court ruling parliament coalition village " +
  "province capital mayor residents survey report data analysts export import tariff currency inflation wages " +
  "workers union strike talks summit treaty border security navy exercise shipping route fishing cooperative " +
  "plan city town region officials local national week month last first public money state country according " +
  "since while during under between percent million billion told spokesperson project funding support company " +
  "companies industry growth crisis policy law vote voters party leader president health children women families " +
  "land homes housing costs rise fall record climate heat flood floods rain harvest crops rice maize fish catch " +
  "police military defence talks deal agreement investment bank loans debt jobs factory factories power roads"
).split(" ");

const ONSETS = [
  "b",
  "br",
  "c",
  "ch",
  "d",
  "dr",
  "f",
  "g",
  "gr",
  "h",
  "k",
  "l",
  "m",
  "n",
  "p",
  "pr",
  "r",
  "s",
  "sh",
  "st",
  "t",
  "tr",
  "v",
  "w",
  "z",
];
const VOWELS = ["a", "e", "i", "o", "u", "ai", "ea", "ou"];
const CODAS = ["", "", "n", "r", "l", "s", "t", "m", "nd", "rk"];

function madeUpWords(count: number, rand: () => number): string[] {
  const words = new Set<string>(COMMON);
  const pick = <T>(list: T[]) => list[Math.floor(rand() * list.length)]!;
  while (words.size < COMMON.length + count) {
    const syllables = 2 + Math.floor(rand() * 3);
    let word = "";
    for (let i = 0; i < syllables; i++) word += pick(ONSETS) + pick(VOWELS) + (i === syllables - 1 ? pick(CODAS) : "");
    words.add(word);
  }
  return [...words];
}

/** The vocabulary, most common first: COMMON, then 8,000 made-up words. */
export const VOCABULARY: string[] = madeUpWords(8_000, random(20_260_101));

/** Words every article is full of (English's most common), drawn apart from the rest. */
export const FUNCTION_WORDS = VOCABULARY.slice(0, COMMON.indexOf("government"));
/** Everything else: what articles are about, and what readers search for. */
export const CONTENT_WORDS = VOCABULARY.slice(FUNCTION_WORDS.length);

/** Articles fall into this many topics, each with a vocabulary of its own, as real coverage does. */
export const TOPICS = 240;
const TOPIC_SIZE = 400;

/**
 * Draws from `list` by rank with probability ∝ 1 / (offset + rank)^1.05 (Zipf; Zipf–Mandelbrot with an offset), by
 * binary search in the cumulative weights.
 */
function zipfSampler(list: string[], offset = 0): (rand: () => number) => string {
  const cumulative: number[] = [];
  let total = 0;
  for (let rank = 1; rank <= list.length; rank++) cumulative.push((total += 1 / (offset + rank) ** 1.05));
  return (rand) => {
    const target = rand() * total;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (cumulative[middle]! < target) low = middle + 1;
      else high = middle;
    }
    return list[low]!;
  };
}

const functionWord = zipfSampler(FUNCTION_WORDS);
// Content words rank after the function words in a language's frequencies, so their spread starts at that rank: the
// commonest of them ("government") is in about a quarter of articles, not in every one.
const contentWord = zipfSampler(CONTENT_WORDS, FUNCTION_WORDS.length);
const topicSamplers = new Map<number, (rand: () => number) => string>();

function topicWord(topic: number): (rand: () => number) => string {
  let sampler = topicSamplers.get(topic);
  if (!sampler) {
    // A topic's own words: a few of the common content words and many rarer ones, in an order of its own.
    const rand = random(1_000 + topic);
    const words = new Set<string>();
    while (words.size < TOPIC_SIZE) words.add(CONTENT_WORDS[Math.floor(rand() ** 1.5 * CONTENT_WORDS.length)]!);
    sampler = zipfSampler([...words]);
    topicSamplers.set(topic, sampler);
  }
  return sampler;
}

/**
 * The words of one article on `topic`: about 45% function words, 35% the topic's own words and 20% any content word,
 * each by its Zipf rank. A word is then common in its topic's articles and rare elsewhere.
 */
export function articleWords(rand: () => number, topic: number): () => string {
  const ofTopic = topicWord(topic);
  return () => {
    const kind = rand();
    if (kind < 0.45) return functionWord(rand);
    if (kind < 0.8) return ofTopic(rand);
    return contentWord(rand);
  };
}

/** A content word by its Zipf rank over all topics: what a reader might type. */
export function anyContentWord(rand: () => number): string {
  return contentWord(rand);
}

/** A word of `topic`, by its rank there: two of them make a query whose words meet in articles. */
export function wordOfTopic(rand: () => number, topic: number): string {
  return topicWord(topic)(rand);
}
