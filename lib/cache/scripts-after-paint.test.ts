import vm from "node:vm";
import { describe, expect, it } from "vitest";
import { scriptsAfterFirstPaint } from "./scripts-after-paint.mjs";

/** A page in the form Next 16 writes it: React's preinit scripts and the bootstrap's preload in the head, the
 * bootstrap script in the body after Turbopack's list of chunks, the payload in inline scripts. */
const PAGE = [
  '<!DOCTYPE html><html lang="en-GB"><head><meta charSet="utf-8"/>',
  '<link rel="preload" href="/_next/static/media/serif.woff2" as="font" crossorigin="" type="font/woff2"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/main.js?dpl=a&amp;b=1"/>',
  '<script src="/_next/static/chunks/react.js" async=""></script>',
  '<script src="/_next/static/chunks/router.js" async=""></script>',
  '<script src="/_next/static/chunks/polyfills.js" noModule=""></script>',
  "<title>Headline</title></head><body><h1>Headline</h1>",
  "<p>How to write &lt;script src=&quot;x.js&quot; async=&quot;&quot;&gt;&lt;/script&gt; in a page</p>",
  '<script>(self.TURBOPACK = self.TURBOPACK || []).push({"otherChunks":["static/chunks/main.js"]});</script>',
  '<script src="/_next/static/chunks/main.js?dpl=a&amp;b=1" async=""></script>',
  '<script>self.__next_f.push([1,"<script src=\\"/x.js\\" async=\\"\\"></script>"])</script>',
  "</body></html>",
].join("");

const SCRIPTS = [
  "/_next/static/chunks/react.js",
  "/_next/static/chunks/router.js",
  "/_next/static/chunks/main.js?dpl=a&b=1",
];

/** The loader's own script element in a rewritten page. */
function loaderOf(html: string): string {
  const loaders = [...html.matchAll(/<script>(\(function \(sources\).*?)<\/script>/g)].map(([, code]) => code!);
  expect(loaders).toHaveLength(1);
  return loaders[0]!;
}

type Observer = { callback: (list: { getEntriesByName: (name: string) => unknown[] }) => void };

/** Runs the loader against a stand-in document, as a browser that reports paints (or not) would. */
function runLoader(code: string, { reportsPaints }: { reportsPaints: boolean }) {
  const added: string[] = [];
  const observers: Observer[] = [];
  const timers: (() => void)[] = [];
  class PerformanceObserver {
    static supportedEntryTypes = reportsPaints ? ["paint", "largest-contentful-paint"] : ["resource"];
    constructor(public callback: Observer["callback"]) {
      observers.push(this);
    }
    observe() {}
  }
  const document = {
    createElement: () => ({ src: "", async: false }),
    head: {
      appendChild: (script: { src: string; async: boolean }) =>
        added.push(`${script.src}${script.async ? "" : " (sync)"}`),
    },
  };
  vm.runInNewContext(code, { document, PerformanceObserver, setTimeout: (run: () => void) => timers.push(run) });
  const paint = (name: string) =>
    observers.forEach((observer) => observer.callback({ getEntriesByName: (wanted) => (wanted === name ? [{}] : []) }));
  return { added, paint, timeOut: () => timers.forEach((run) => run()) };
}

describe("scripts after the first paint", () => {
  const page = scriptsAfterFirstPaint(PAGE);

  it("takes the framework's scripts and the bootstrap's preload out of the markup", () => {
    expect(page).not.toMatch(/<script src="[^"]*" async="">/);
    expect(page).not.toContain('as="script"');
    // What the first paint needs stays: the font's preload, the page, its payload; and old browsers' polyfills.
    expect(page).toContain('<link rel="preload" href="/_next/static/media/serif.woff2" as="font"');
    expect(page).toContain('<script src="/_next/static/chunks/polyfills.js" noModule=""></script>');
    expect(page).toContain(
      "<p>How to write &lt;script src=&quot;x.js&quot; async=&quot;&quot;&gt;&lt;/script&gt; in a page</p>",
    );
    expect(page).toContain('self.__next_f.push([1,"<script src=\\"/x.js\\" async=\\"\\"></script>"])');
    expect(page).toContain('"otherChunks":["static/chunks/main.js"]');
  });

  it("puts one loader at the end of the head, naming the scripts in their order with their addresses unescaped", () => {
    expect(page.indexOf(loaderOf(page))).toBeLessThan(page.indexOf("</head>"));
    expect(page.indexOf(loaderOf(page))).toBeGreaterThan(page.indexOf("<title>"));
    expect(loaderOf(page)).toContain(JSON.stringify(SCRIPTS));
  });

  it("loads nothing before the first contentful paint, then each script once, in order", () => {
    const browser = runLoader(loaderOf(page), { reportsPaints: true });
    browser.paint("first-paint");
    expect(browser.added).toEqual([]);
    browser.paint("first-contentful-paint");
    browser.paint("first-contentful-paint");
    browser.timeOut();
    expect(browser.added).toEqual(SCRIPTS);
  });

  it("loads them after 5 s on a page never painted, and at once in a browser that does not report paints", () => {
    const hidden = runLoader(loaderOf(page), { reportsPaints: true });
    hidden.timeOut();
    expect(hidden.added).toEqual(SCRIPTS);
    expect(runLoader(loaderOf(page), { reportsPaints: false }).added).toEqual(SCRIPTS);
  });

  it("leaves a rewritten page, a page without scripts and other bodies as they are", () => {
    expect(scriptsAfterFirstPaint(page)).toBe(page);
    const plain = "<!DOCTYPE html><html><head><title>t</title></head><body><p>text</p></body></html>";
    expect(scriptsAfterFirstPaint(plain)).toBe(plain);
    const payload = '0:{"b":"build"}\n1:["$","script",null,{"src":"/x.js","async":true}]';
    expect(scriptsAfterFirstPaint(payload)).toBe(payload);
  });

  it("writes addresses so that none can end the loader's script element", () => {
    const hostile = PAGE.replace("/_next/static/chunks/react.js", "/_next/static/chunks/a&lt;/script&gt;.js");
    const code = loaderOf(scriptsAfterFirstPaint(hostile));
    expect(code).not.toContain("</script");
    expect(code).toContain("/_next/static/chunks/a\\u003c/script>.js");
  });
});
