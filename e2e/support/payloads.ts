// Hostile text for the comment fields: each tries to run script (setting window.__pwned or opening a dialog), to
// inject an element or attribute, to break out of a string, tag or attribute, or to upset the database.
// Every one is at most 64 characters, so it fits a name (80) together with a test's tag.

export type Payload = { label: string; value: string };

export const MARKUP: Payload[] = [
  { label: "script element", value: "<script>window.__pwned=1;alert(1)</script>" },
  { label: "img onerror", value: `<img src=x onerror="window.__pwned=1;alert(1)">` },
  { label: "svg onload", value: `<svg onload="window.__pwned=1;alert(1)">` },
  { label: "closing textarea", value: "</textarea><img src=x onerror=window.__pwned=1>" },
  { label: "closing title", value: "</title><script>window.__pwned=1</script>" },
  { label: "closing script (JSON and RSC breakout)", value: "</script><script>window.__pwned=1</script>" },
  { label: "attribute breakout (double quote)", value: `"><img src=x onerror=alert(1)>` },
  { label: "onmouseover attribute (double quote)", value: `" onmouseover="window.__pwned=1;alert(1)" x="` },
  { label: "onfocus attribute (single quote)", value: `' onfocus='window.__pwned=1' autofocus x='` },
  { label: "javascript: link as markup", value: `<a href="javascript:window.__pwned=1">click</a>` },
  { label: "bare javascript: URL", value: "javascript:window.__pwned=1;alert(1)//" },
  { label: "link whose URL ends in a tag", value: `http://x.y/"><script>window.__pwned=1</script>` },
  { label: "www link with an attribute", value: `www.x.y/"onmouseover="window.__pwned=1` },
  { label: "markup inside a link's query", value: "https://x.y/?q=<img src=x onerror=alert(1)>" },
  { label: "markdown javascript: link", value: "[click](javascript:window.__pwned=1)" },
  { label: "iframe with javascript: src", value: `<iframe src="javascript:window.__pwned=1"></iframe>` },
  { label: "details ontoggle", value: "<details open ontoggle=window.__pwned=1>" },
  {
    label: "mutation XSS through math and style",
    value: "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
  },
  { label: "comment-wrapped markup", value: "<!--<img src=x onerror=alert(1)>-->" },
  { label: "entity-encoded script", value: "&lt;script&gt;window.__pwned=1&lt;/script&gt;" },
  { label: "percent-encoded script", value: "%3Cscript%3Ewindow.__pwned=1%3C/script%3E" },
  { label: "template expression", value: "{{constructor.constructor('window.__pwned=1')()}}" },
];

export const SQL: Payload[] = [
  { label: "DROP TABLE", value: "'; DROP TABLE comments; --" },
  { label: `" OR 1=1`, value: `" OR 1=1 --` },
  { label: "' OR '1'='1", value: "1' OR '1'='1" },
  { label: "UNION SELECT", value: "' UNION SELECT email_hash, password_hash FROM editors --" },
];

export const BIDI: Payload[] = [
  { label: "right-to-left override (U+202E)", value: "\u202Egnp.exe tuoba gnikaerb" },
  { label: "isolates and zero-width characters", value: "a\u2066b\u2069c\u200Bd\u200De\uFEFFf" },
];

/** Characters a text field should never carry as they are: refused, or stored without them. */
export const CONTROL: Payload[] = [
  { label: "NUL", value: "before\u0000after" },
  { label: "SOH and BEL", value: "one\u0001two\u0007three" },
  { label: "backspace", value: "erase\u0008\u0008\u0008me" },
  { label: "ANSI escape", value: "\u001b[31mred\u001b[0m text" },
  { label: "DEL", value: "del\u007Fete" },
  { label: "C1 control (NEL)", value: "next\u0085line" },
  { label: "line and paragraph separators", value: "line\u2028separator\u2029paragraph" },
  { label: "noncharacter U+FFFF", value: "non\uFFFFcharacter" },
  { label: "lone surrogate", value: "half\uD800pair" },
  { label: "form feed and vertical tab", value: "form\u000Cfeed\u000Btab" },
];

/** What FTS5 would read as syntax (and SQLite's own quoting): a search takes each as text, never a 5xx. */
export const SEARCH_SYNTAX: Payload[] = [
  { label: "lone double quote", value: '"' },
  { label: "unclosed phrase", value: '"coral reef' },
  { label: "empty phrase", value: '""' },
  { label: "NEAR( unclosed", value: "NEAR(coral reef" },
  { label: "NEAR group", value: "NEAR(coral reef, 5)" },
  { label: "boolean operators", value: "coral AND OR NOT reef" },
  { label: "trailing operator", value: "coral AND" },
  { label: "column filter", value: "title:coral" },
  { label: "column set", value: "{title standfirst}: coral" },
  { label: "parentheses", value: "((coral) OR (reef" },
  { label: "initial token", value: "^coral" },
  { label: "bare star", value: "*" },
  { label: "stars and pluses", value: "co*ral + - *reef**" },
  { label: "colon only", value: ":" },
  { label: "single quote", value: "'" },
  { label: "backslashes", value: '\\\\ \\" coral' },
  { label: "percent and underscore (LIKE wildcards)", value: "%_%" },
  { label: "SQL comment", value: "coral -- ; /* */" },
];
