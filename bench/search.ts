// Search on a generated archive, in two modes (bench/search.sh runs both):
//   tsx bench/search.ts index CONTENT_DIR INDEX_FILE  index build time, then 1,000 mixed queries in process
//   tsx bench/search.ts http ORIGIN                   /search pages over HTTP, one at a time
// Queries are drawn from the generator's own vocabulary (scripts/vocabulary.ts) with a fixed seed, in turn: a word by
// its frequency, a rare word, two words of one topic, two of any, a phrase with a function word, a sentence-like query,
// a long and a short prefix, a word within a section, a word within dates, a lone function word ("the": every
// article), and a word that matches nothing.
import { cpus, loadavg } from "node:os";
import Database from "better-sqlite3";
import { loadContent } from "../lib/content/load";
import { writeSearchIndex } from "../lib/search/build";
import { searchArticles } from "../lib/search/search";
import { anyContentWord, CONTENT_WORDS, FUNCTION_WORDS, random, TOPICS, wordOfTopic } from "../scripts/vocabulary";

type Query = { q: string; section?: string; from?: string; to?: string };

const SECTIONS = ["asia", "europe", "americas", "middle-east", "africa", "economy", "science"];

function mixedQueries(count: number, seed: number): Query[] {
  const rand = random(seed);
  const word = () => anyContentWord(rand);
  const rare = () => CONTENT_WORDS[500 + Math.floor(rand() * (CONTENT_WORDS.length - 500))]!;
  const topic = () => Math.floor(rand() * TOPICS);
  const functionWord = () => FUNCTION_WORDS[Math.floor(rand() * 10)]!;
  const kinds: (() => Query)[] = [
    () => ({ q: word() }),
    () => ({ q: rare() }),
    () => {
      const t = topic();
      return { q: `${wordOfTopic(rand, t)} ${wordOfTopic(rand, t)}` };
    },
    () => ({ q: `${word()} ${word()}` }),
    () => ({ q: `"${functionWord()} ${word()}"` }),
    () => ({ q: `${functionWord()} ${word()} ${functionWord()} ${rare()}` }),
    () => ({ q: `${word().slice(0, 5)}*` }),
    () => ({ q: `${rare().slice(0, 3)}*` }),
    () => ({ q: word(), section: SECTIONS[Math.floor(rand() * SECTIONS.length)]! }),
    () => ({ q: word(), from: `${2010 + Math.floor(rand() * 15)}-01-01`, to: "2026-12-31" }),
    () => ({ q: functionWord() }),
    () => ({ q: `zq${Math.floor(rand() * 1e6)}x` }),
  ];
  return Array.from({ length: count }, (_, i) => kinds[i % kinds.length]!());
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const ROUNDS = Number(process.env.BENCH_ROUNDS) || 3;
const verdict = (met: boolean) => (met ? "met" : "NOT met");
const ms = (value: number) => `${value.toFixed(2)} ms`;

function inProcess(contentDir: string, indexFile: string) {
  const started = performance.now();
  const content = loadContent(contentDir);
  const loaded = performance.now();
  const count = writeSearchIndex(indexFile, content);
  const built = performance.now();
  const seconds = (built - started) / 1000;
  console.log(
    `Index build, ${count.toLocaleString("en-GB")} articles: ${seconds.toFixed(1)} s ` +
      `(content ${((loaded - started) / 1000).toFixed(1)} s, index ${((built - loaded) / 1000).toFixed(1)} s)` +
      `   target < 30 s: ${verdict(seconds < 30)}`,
  );
  const db = new Database(indexFile, { readonly: true, fileMustExist: true });
  const now = new Date();
  const day = (text?: string) => (text ? new Date(`${text}T00:00:00Z`) : undefined);
  const run = (query: Query) =>
    searchArticles(db, {
      query: query.q,
      filters: { section: query.section, from: day(query.from), until: day(query.to) },
      now,
    });
  for (const query of mixedQueries(100, 7)) run(query); // warm-up: statements prepared, pages in the OS cache
  // Rounds, because a shared machine's other work lands on some queries: each round's figures, judged on the median.
  const rounds: { p50: number; p99: number; max: number; cpu99: number }[] = [];
  let found = 0;
  for (let round = 0; round < ROUNDS; round++) {
    const times: number[] = [];
    const cpu: number[] = [];
    for (const query of mixedQueries(1000, 42)) {
      const start = performance.now();
      const cpuStart = process.cpuUsage();
      found += run(query).total;
      const used = process.cpuUsage(cpuStart);
      times.push(performance.now() - start);
      cpu.push((used.user + used.system) / 1000);
    }
    times.sort((a, b) => a - b);
    cpu.sort((a, b) => a - b);
    rounds.push({
      p50: percentile(times, 50),
      p99: percentile(times, 99),
      max: times[times.length - 1]!,
      cpu99: percentile(cpu, 99),
    });
  }
  const byP99 = [...rounds].sort((a, b) => a.p99 - b.p99);
  const median = byP99[Math.floor(byP99.length / 2)]!;
  console.log(
    `In process, 1,000 mixed queries, median of ${ROUNDS} rounds: p50 ${ms(median.p50)}, p99 ${ms(median.p99)}   ` +
      `target p99 < 20 ms: ${verdict(median.p99 < 20)}`,
  );
  console.log(`  rounds: ${rounds.map((r) => `p50 ${ms(r.p50)} p99 ${ms(r.p99)} max ${ms(r.max)}`).join("; ")}`);
  // The process's own CPU time per query: the work itself, whatever else the machine is doing (not the target).
  console.log(`  CPU time per query, p99 by round: ${rounds.map((r) => ms(r.cpu99)).join(", ")}`);
  console.log(`  (on average ${(found / 1000 / ROUNDS).toFixed(0)} matching articles a query)`);
}

async function overHttp(origin: string) {
  const path = (query: Query) => `/search?${new URLSearchParams(query as Record<string, string>).toString()}`;
  for (const query of mixedQueries(30, 7)) await (await fetch(origin + path(query))).text();
  const times: number[] = [];
  for (const query of mixedQueries(300, 42)) {
    const start = performance.now();
    const response = await fetch(origin + path(query));
    await response.text();
    times.push(performance.now() - start);
    if (response.status !== 200) throw new Error(`${path(query)} answered ${response.status}`);
  }
  times.sort((a, b) => a - b);
  console.log(
    `/search over HTTP, 300 pages one at a time: p50 ${ms(percentile(times, 50))}, p95 ${ms(percentile(times, 95))}, ` +
      `p99 ${ms(percentile(times, 99))}   target p95 < 100 ms: ${verdict(percentile(times, 95) < 100)}`,
  );
}

async function main() {
  const load = loadavg().map((value) => value.toFixed(1));
  console.log(`(${cpus().length} cores, load average ${load.join(" ")}: figures are only as quiet as the machine)`);
  const [mode, first, second] = process.argv.slice(2);
  if (mode === "index" && first && second) inProcess(first, second);
  else if (mode === "http" && first) await overHttp(first);
  else {
    console.error("Usage: tsx bench/search.ts index CONTENT_DIR INDEX_FILE | http ORIGIN");
    process.exit(2);
  }
}

void main();
