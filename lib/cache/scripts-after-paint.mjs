// @ts-check
// A page from the cache asks for the framework's scripts once its first paint is on screen, not from its head. Every
// page is complete without JavaScript (links navigate, forms post), so the scripts only enhance it, and its first
// paint needs nothing else: the stylesheet is inline, the serif and the lead picture are preloaded. Until that paint,
// the 140 KB (compressed) of React and the router take no share of the connection, and cannot run ahead of the
// headline when they arrive first (a fast connection, a returning reader who has them cached).

/** How Next writes each of its scripts: React's `preinit` in the head, the bootstrap script in the body. */
const ASYNC_SCRIPT = /<script src="([^"<>]+)" async=""><\/script>/g;
/** How React writes the bootstrap script's preload, in the head. */
const SCRIPT_PRELOAD = /<link rel="preload" as="script" fetchPriority="low" href="([^"<>]+)"\/>/g;

/**
 * Adds the scripts it is given, in their order, once the first contentful paint is on screen; at once in a browser
 * that does not report paints, and after 5 s in any case (a page opened in the background is not painted until it is
 * shown). Called with the list of addresses.
 */
const LOAD_AFTER_PAINT = `function (sources) {
  var started = false;
  function load() {
    if (started) return;
    started = true;
    sources.forEach(function (source) {
      var script = document.createElement("script");
      script.src = source;
      script.async = true;
      document.head.appendChild(script);
    });
  }
  try {
    if (PerformanceObserver.supportedEntryTypes.indexOf("paint") < 0) throw 0;
    new PerformanceObserver(function (list) {
      if (list.getEntriesByName("first-contentful-paint").length) load();
    }).observe({ type: "paint", buffered: true });
    setTimeout(load, 5000);
  } catch (error) {
    load();
  }
}`.replace(/\n\s*/g, "");

const LOADER = `<script>(${LOAD_AFTER_PAINT})(`;

/**
 * The page with the framework's scripts (and the bootstrap script's preload) taken out of its markup and loaded by
 * LOAD_AFTER_PAINT, from the end of its head. Anything else (a page already rewritten, another body) is returned as
 * it is; a rewritten page is told apart in a microsecond, as the loader comes before its body. Only elements match:
 * in the page's text `<` is written `&lt;`, and in its RSC payload quotes are escaped.
 * @param {string} html
 * @returns {string}
 */
export function scriptsAfterFirstPaint(html) {
  if (html.includes(LOADER)) return html;
  const sources = Array.from(html.matchAll(ASYNC_SCRIPT), ([, href]) => href);
  if (sources.length === 0 || !html.includes("</head>")) return html;
  const loader = `${LOADER}${scriptString(sources.map(attributeValue))})</script>`;
  return html
    .replace(SCRIPT_PRELOAD, (preload, href) => (sources.includes(href) ? "" : preload))
    .replace(ASYNC_SCRIPT, "")
    .replace("</head>", () => `${loader}</head>`);
}

/** An attribute's value as React escapes it, unescaped. @param {string} text */
function attributeValue(text) {
  return text
    .replaceAll("&quot;", '"')
    .replaceAll("&#x27;", "'")
    .replaceAll("&lt;", "<")
    .replaceAll("&gt;", ">")
    .replaceAll("&amp;", "&");
}

/** JSON that cannot end the script element it is written in. @param {unknown} value */
function scriptString(value) {
  return JSON.stringify(value).replaceAll("<", "\\u003c");
}
