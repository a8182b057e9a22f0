# Shared by the benchmarks: a throwaway work folder, the site's production build on a port, and the framework's
# floor: a bare Next.js 16 page of a given size, prerendered and regenerated like the site's pages. Source it.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
require_build() { [ -f "${NEXT_DIST_DIR:-.next}/BUILD_ID" ] || { echo "Run npm run build first." >&2; exit 1; }; }

work=$(mktemp -d /tmp/meridian-bench.XXXXXX)
pids=()
cleanup() {
  [ -f "$work/tsconfig.json" ] && cp "$work/tsconfig.json" tsconfig.json
  for pid in "${pids[@]}"; do pkill -P "$pid" 2>/dev/null || true; kill "$pid" 2>/dev/null || true; done
  [ -f "$work/nginx/logs/nginx.pid" ] && nginx -p "$work/nginx" -c nginx.conf -s stop 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

ARTICLE=/asia/russia-china-defence-ministers-beijing-military-cooperation

# Next adds a build folder's type paths to tsconfig.json; the benchmarks' builds are throwaway, so cleanup puts the
# file back.
keep_tsconfig() { [ -f "$work/tsconfig.json" ] || cp tsconfig.json "$work/tsconfig.json"; }

build_into() { # dist-dir [env assignments...]: a production build beside the site's own
  local dist="$1"; shift
  keep_tsconfig
  env "$@" NEXT_DIST_DIR="$dist" NEXTAUTH_SECRET="${NEXTAUTH_SECRET:-bench-secret-not-for-production}" \
    NEXT_TELEMETRY_DISABLED=1 bash scripts/next-build.sh >"$work/build.log" 2>&1 || { tail -30 "$work/build.log"; exit 1; }
}

start_site() { # port [article path]: the production build (NEXT_DIST_DIR, CONTENT_DIR) with a throwaway database, served
  # as `npm start` serves it (scripts/start.mjs: among other things it allows the pages' inline stylesheets by hash)
  export NEXTAUTH_SECRET="${NEXTAUTH_SECRET:-bench-secret-not-for-production}"
  DATA_DIR="$work/data-$1" SITE_URL="http://localhost:$1" node scripts/start.mjs -p "$1" >"$work/site-$1.log" 2>&1 &
  pids+=($!)
  until curl -sf "http://localhost:$1${2:-$ARTICLE}" -o "$work/article.html"; do sleep 0.3; done
  site_origin="http://localhost:$1"
}

start_next_start() { # port: the same build served by plain `next start`, for comparing the two servers' costs (its
  # pages' inline styles are refused by their policy without start.mjs's hashes: a browser would see them unstyled)
  DATA_DIR="$work/data-$1" SITE_URL="http://localhost:$1" node_modules/.bin/next start -p "$1" >"$work/next-start-$1.log" 2>&1 &
  pids+=($!)
  until curl -sf "http://localhost:$1$ARTICLE" -o /dev/null; do sleep 0.3; done
}

BARE_PATH="$ARTICLE"

bare_like_site() { # folder: with BARE_LIKE_SITE set, the bare page also carries what the site's first paint needs: the
  # site's built stylesheets, its preloaded serif (app/source-serif-4-subset.woff2) and its lead image (the same AVIF
  # bytes, preloaded with high priority), so a comparison shows what the site adds beyond those.
  local bare="$1" href image
  for href in $(grep -o '<link rel="stylesheet" href="[^"]*"' "$work/article.html" | sed 's/.*href="//; s/"$//'); do
    curl -sf "$site_origin$href" >> "$bare/app/site.css"
  done
  # The site's own @font-face rules name its build's files: the bare page declares the same font through next/font.
  perl -0pi -e 's#\@font-face\{[^}]*\}##g' "$bare/app/site.css"
  cp app/source-serif-4-subset.woff2 "$bare/app/serif.woff2"
  image=$(grep -o 'imageSrcSet="[^"]*"' "$work/article.html" | head -1 | grep -o '/_next/image?[^ ]*w=828[^ ]*' | sed 's/&amp;/\&/g')
  mkdir -p "$bare/public" && curl -sf -H 'Accept: image/avif,image/webp,*/*' "$site_origin$image" -o "$bare/public/lead.avif"
  printf '%s\n' 'import localFont from "next/font/local";' 'import "./site.css";' \
    'const serif = localFont({ src: "./serif.woff2", weight: "400 800", display: "swap", variable: "--font-source-serif", adjustFontFallback: "Times New Roman" });' \
    'export default function Layout({ children }) { return <html lang="en" className={serif.variable}><body className={serif.className}>{children}</body></html>; }' \
    > "$bare/app/layout.jsx"
}

start_bare_page() { # port bytes: a bare page at the article's address, prerendered like it, weighing about `bytes`
  # Outside the project (in this run's temporary folder), so nothing of the site's (its next.config.ts with rewrites,
  # headers and cache handler, proxy.ts, instrumentation.ts) can reach it: its own package.json and default config,
  # and the project's node_modules through a link (Turbopack's root is set above both so it may follow the link).
  local bare="$work/bare" section slug
  section=${ARTICLE#/}; section=${section%%/*}; slug=${ARTICLE##*/}
  rm -rf "$bare" && mkdir -p "$bare/app/[section]/[slug]"
  ln -s "$PWD/node_modules" "$bare/node_modules"
  echo '{"name":"bare","private":true}' > "$bare/package.json"
  echo 'export default { turbopack: { root: "/" } };' > "$bare/next.config.mjs"
  echo 'export default function Layout({ children }) { return <html lang="en"><body>{children}</body></html>; }' > "$bare/app/layout.jsx"
  local picture=""
  if [ -n "${BARE_LIKE_SITE:-}" ]; then bare_like_site "$bare"; picture='<img src="/lead.avif" alt="" width={1600} height={900} fetchPriority="high" style={{ width: "100%", height: "auto" }} />'; fi
  # The article's readable words (repeated as needed), carried four times: two paragraphs, each in the HTML and in
  # the RSC payload. Characters that either escapes are left out, so each pass of text weighs what it says. A first
  # build measures the framework's own markup; a second one, when needed, makes the page as heavy as the article's.
  local words overhead=6800 built
  words=$(perl -0pe 's#<(script|style)\b.*?</\1>##gs; s#<[^>]*># #g' "$work/article.html" | tr -d '`$\\"<>&'"'" | tr -s ' \n' ' ')
  for pass in 1 2; do
    local length=$((($2 - overhead) / 4))
    # Repeated until long enough: a page whose weight is mostly markup and inline CSS has fewer words than bytes.
    while [ "${#words}" -lt "$length" ]; do words="$words $words"; done
    # The same shape as the article route: a dynamic segment prerendered from generateStaticParams, no other params.
    printf '%s\n' 'export const revalidate = 30;' 'export const dynamicParams = false;' \
      "export function generateStaticParams() { return [{ section: \"$section\", slug: \"$slug\" }]; }" \
      "const TEXT = \`${words:0:$length}\`;" \
      'export default async function Page({ params }) {' \
      '  const { slug } = await params;' \
      "  return <main><h1>{slug}</h1>$picture{[0, 1].map((i) => <p key={i}>{TEXT}</p>)}</main>;" \
      '}' > "$bare/app/[section]/[slug]/page.jsx"
    (cd "$bare" && NEXT_TELEMETRY_DISABLED=1 node_modules/.bin/next build >"$work/bare-build.log" 2>&1) || { cat "$work/bare-build.log"; exit 1; }
    (cd "$bare" && exec node_modules/.bin/next start -p "$1" >"$work/bare.log" 2>&1) & pids+=($!)
    until curl -sf "http://localhost:$1$BARE_PATH" -o "$work/bare.html"; do sleep 0.3; done
    built=$(wc -c < "$work/bare.html")
    overhead=$((built - 4 * length))
    # Within 1% after the first pass: no second build needed.
    if [ "$pass" -eq 2 ] || [ $((100 * (built - $2) / $2)) -eq 0 ]; then break; fi
    kill "${pids[-1]}" && wait "${pids[-1]}" 2>/dev/null || true
    unset 'pids[-1]'
  done
}
