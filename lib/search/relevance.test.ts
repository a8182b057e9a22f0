// The relevance set: readers' queries over the sample content (content/) and the articles they must find first, plus
// the guarantees no ranking may break (unpublished articles never found, filters, hostile syntax). Expectations use
// rare words and exact headline terms, so that more sample articles do not change them.
import Database from "better-sqlite3";
import { beforeAll, describe, expect, it } from "vitest";
import { loadContent, type ContentIndex } from "../content/load";
import { fillSearchIndex } from "./build";
import { dateRange } from "./params";
import { searchArticles, type SearchFilters } from "./search";
import { snippetHtml } from "./snippet";

const NOW = new Date("2026-11-30T12:00:00Z");
let content: ContentIndex;
let db: Database.Database;

beforeAll(() => {
  content = loadContent("content");
  db = new Database(":memory:");
  fillSearchIndex(db, content);
});

const slugs = (query: string, filters?: SearchFilters, now = NOW) =>
  searchArticles(db, { query, filters, now, pageSize: 100 }).hits.map((hit) => hit.slug);
const titleOf = (slug: string) => content.articles.find((article) => article.slug === slug)!.title;

// [query, expected first result, what it exercises]
const TOP: [string, string, string][] = [
  ["abalone", "jeju-mulgeum-ri-haenyeo-women-divers-school", "a word only in the body"],
  ["haenyeo", "jeju-mulgeum-ri-haenyeo-women-divers-school", "a body word, not in the headline"],
  ["Aqaba", "jordan-bets-on-red-sea-desalination-to-ease-chronic-water-shortage", "a body word"],
  ["Kurosaka", "japan-pottery-town-young-potters-revive-kilns", "a place named only in the body"],
  ["Gandaki", "nepal-hill-town-by-election-road-plan", "a body word"],
  ["PRODES", "amazon-deforestation-falls-second-year-prodes-2024", "an acronym in the body, any case"],
  ["Montevideo", "eu-mercosur-trade-deal-montevideo-what-changes", "a body word"],
  ["Shoigu", "russia-china-defence-ministers-beijing-military-cooperation", "a headline name"],
  ["SHEINBAUM", "mexico-elects-claudia-sheinbaum-first-woman-president", "upper case"],
  ["headset", "philippines-visayas-santa-lucida-call-centre-ai", "a headline word"],
  ['"salt-tolerant"', "bangladesh-coastal-farmers-salt-tolerant-rice-char-kalinagar", "a hyphenated phrase"],
  ['"sea women"', "jeju-mulgeum-ri-haenyeo-women-divers-school", "a quoted phrase"],
  ['"patient capital"', "the-regions-start-ups-need-patient-capital-not-more-launch-parties", "a headline phrase"],
  ["militar*", "russia-china-defence-ministers-beijing-military-cooperation", "a prefix"],
  [
    "desalinat*",
    "jordan-bets-on-red-sea-desalination-to-ease-chronic-water-shortage",
    "a prefix the stem is shorter than",
  ],
  ["Nabat*", "village-dig-uncovers-nabataean-water-cistern-in-southern-jordan", "a prefix of a headline word"],
  ["herder", "mongolia-herders-hay-reserves-harsh-winter", "a stem: herder finds herders"],
  ["protesting", "european-farmers-tractor-protests-reach-brussels", "a stem: protesting finds protests"],
  ["vaccines", "measles-catch-up-clinics-stanwick-vale", "a stem: vaccines finds vaccine"],
  ["farmers tractors", "european-farmers-tractor-protests-reach-brussels", "two words, both required"],
  ["Santa Lucia", "santa-lucia-de-oriente-cable-car-opens", "diacritics ignored: Lucia finds Lucía"],
  ["Nabataeans", "village-dig-uncovers-nabataean-water-cistern-in-southern-jordan", "a tag"],
  ["cistern", "village-dig-uncovers-nabataean-water-cistern-in-southern-jordan", "a headline word"],
  ["cable", "santa-lucia-de-oriente-cable-car-opens", "headline before a body mention"],
  ["Mercosur", "eu-mercosur-trade-deal-montevideo-what-changes", "headline before a body mention"],
  ["reservoir", "karnataka-neeralgudi-village-tank-monsoon-revival", "headline before body mentions"],
  ["tractors", "european-farmers-tractor-protests-reach-brussels", "headline before body mentions"],
  ["desalination", "jordan-bets-on-red-sea-desalination-to-ease-chronic-water-shortage", "headline before a body"],
  ["Seoul birth", "south-korea-fertility-rate-seoul-analysis", "headline and body words together"],
  ["Aral", "kazakhstan-north-aral-sea-fishing-village-return", "a headline place"],
];

describe("relevance: the expected article comes first", () => {
  for (const [query, slug, why] of TOP) {
    it(`${query} → ${slug} (${why})`, () => {
      expect(slugs(query)[0]).toBe(slug);
    });
  }
});

describe("ranking", () => {
  it("puts every headline match before any body-only mention", () => {
    for (const [word, stem] of [
      ["heat", /\bheat/i],
      ["cable", /\bcable/i],
      ["reservoir", /\breservoir/i],
      ["elections", /\belect/i],
    ] as const) {
      const inTitle = slugs(word).map((slug) => stem.test(titleOf(slug)));
      expect(inTitle[0], word).toBe(true);
      expect(inTitle.indexOf(false) === -1 || !inTitle.slice(inTitle.indexOf(false)).includes(true), word).toBe(true);
    }
  });
  it("breaks ties by recency", () => {
    const original = content.articles.find(
      (article) => article.slug === "village-dig-uncovers-nabataean-water-cistern-in-southern-jordan",
    )!;
    const twin = (slug: string, day: string) => ({
      ...original,
      slug,
      publishedAt: new Date(day),
      retracted: undefined,
    });
    const twins = new Database(":memory:");
    fillSearchIndex(twins, {
      ...content,
      articles: [
        twin("older", "2020-01-01T00:00:00Z"),
        twin("newest", "2022-01-01T00:00:00Z"),
        twin("middle", "2021-01-01T00:00:00Z"),
      ],
    });
    expect(searchArticles(twins, { query: "cistern", now: NOW }).hits.map((hit) => hit.slug)).toEqual([
      "newest",
      "middle",
      "older",
    ]);
  });
  it("finds authors by name, with or without the accent", () => {
    for (const query of ["Tomás Okafor", "tomas okafor"]) {
      const found = slugs(query);
      expect(found.length).toBeGreaterThan(3);
      for (const slug of found)
        expect(content.articles.find((a) => a.slug === slug)!.authors).toContain("tomas-okafor");
    }
  });
});

describe("filters", () => {
  it("by section", () => {
    expect(slugs("Mercosur", { section: "americas" })).toEqual(["salinas-del-condor-lithium-water-dispute"]);
    expect(slugs("heat", { section: "science" })[0]).toBe("fourth-global-coral-bleaching-event-confirmed");
    for (const slug of slugs("water", { section: "middle-east" }))
      expect(content.articles.find((a) => a.slug === slug)!.section).toBe("middle-east");
  });
  it("by date range, whole days in the site's zone", () => {
    const range = dateRange({ from: "2024-01-01", to: "2024-12-31" }, content.site.timeZone);
    expect(slugs("desalination", range)).toEqual([
      "jordan-bets-on-red-sea-desalination-to-ease-chronic-water-shortage",
    ]);
    expect(slugs("desalination", dateRange({ from: "2025-01-01", to: "" }, content.site.timeZone))).toEqual([
      "desert-town-trains-solar-technicians-as-gulf-energy-shift-gathers-pace",
    ]);
    // The day an article was published, in the site's zone, includes it.
    const day = dateRange({ from: "2024-12-05", to: "2024-12-05" }, content.site.timeZone);
    expect(slugs("cistern", day)).toEqual(["village-dig-uncovers-nabataean-water-cistern-in-southern-jordan"]);
  });
});

describe("unpublished articles are never found", () => {
  it("drafts, at any time", () => {
    for (const draft of content.articles.filter((article) => article.status === "draft")) {
      for (const at of [NOW, new Date("2099-01-01T00:00:00Z")]) {
        expect(slugs(`"${draft.title}"`, undefined, at)).not.toContain(draft.slug);
      }
    }
    expect(slugs("Wrenfield")).toEqual([]);
    expect(slugs('"River Lode"')).toEqual([]);
  });
  it("a scheduled article, until its time", () => {
    const scheduled = content.articles.find((article) => article.slug === "asean-chair-year-ahead-analysis")!;
    expect(slugs("ASEAN chair")).not.toContain(scheduled.slug);
    expect(slugs("ASEAN chair", undefined, new Date(scheduled.publishedAt.getTime() - 1))).not.toContain(
      scheduled.slug,
    );
    expect(slugs("ASEAN chair", undefined, scheduled.publishedAt)[0]).toBe(scheduled.slug);
  });
  it("a withdrawn article, from its withdrawal", () => {
    expect(slugs("Keswin")).toEqual([]);
    expect(slugs("Keswin", undefined, new Date("2025-01-25T00:00:00Z"))).toEqual([
      "port-keswin-council-leases-land-for-rental-homes",
    ]);
    const kellerbach = content.articles.find((a) => a.slug === "kellerbach-valley-railway-reopens-after-four-decades")!;
    expect(slugs("Aschen", undefined, new Date(kellerbach.retracted!.at.getTime() - 1))).toEqual([kellerbach.slug]);
    expect(slugs("Aschen", undefined, kellerbach.retracted!.at)).toEqual([]);
  });
});

describe("hostile input", () => {
  const HOSTILE = [
    '"',
    '""',
    "NEAR(",
    "NEAR(a b",
    "(",
    ")",
    "title:coral",
    "coral AND",
    "OR",
    "NOT coral",
    "*",
    "^coral",
    "-coral",
    "+",
    "coral:",
    '"coral',
    "{title}: x",
    "a".repeat(5000),
    "\u0000",
    "'; DROP TABLE article; --",
    "<script>alert(1)</script>",
  ];
  it("never throws and is searched as text", () => {
    for (const query of HOSTILE) expect(() => slugs(query), query).not.toThrow();
    expect(slugs("NOT coral")).toContain("fourth-global-coral-bleaching-event-confirmed");
    expect(db.prepare("SELECT count(*) FROM article").pluck().get()).toBeGreaterThan(50);
  });
  it("finds nothing in an empty query", () => {
    expect(searchArticles(db, { query: "  ", now: NOW })).toEqual({ total: 0, hits: [] });
  });
});

describe("pages and snippets", () => {
  it("pages through results without repeats", () => {
    const all = searchArticles(db, { query: "the", now: NOW, pageSize: 100 });
    const first = searchArticles(db, { query: "the", now: NOW, page: 1 });
    const second = searchArticles(db, { query: "the", now: NOW, page: 2 });
    expect(first.total).toBe(all.total);
    expect(first.hits).toHaveLength(20);
    expect([...first.hits, ...second.hits].map((hit) => hit.slug)).toEqual(
      all.hits.slice(0, 40).map((hit) => hit.slug),
    );
  });
  it("highlight the matched words", () => {
    const [hit] = searchArticles(db, { query: "abalone", now: NOW }).hits;
    expect(hit!.snippetHtml).toContain("<mark>abalone</mark>");
    expect(hit!.snippetHtml).not.toMatch(/<(?!\/?mark>)/);
  });
  it("escape the text around the marks", () => {
    expect(snippetHtml('a <b> & "c" \uE000d\uE001 \uE001e\uE000')).toBe(
      "a &lt;b&gt; &amp; &quot;c&quot; <mark>d</mark> e<mark></mark>",
    );
  });
});
