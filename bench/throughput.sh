#!/usr/bin/env bash
# Throughput of the production build, side by side in one run with (a) a bare Next.js 16 page of similar size,
# prerendered the same way and built here in a temporary folder (the framework's floor), (b) nginx serving the saved
# HTML (the machine's limit) and (c) the article through nginx with deploy/nginx.conf's micro-cache.
# wrk, 50 connections, loopback. Needs `npm run build` (or `npm run test:build`) first; installs wrk and nginx
# from apt as root when missing. Prints requests/s, p50/p99 latency and the ratios.
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION="${BENCH_DURATION:-10s}"
APP=3301; BARE=3302; STATIC=3303; CACHED=3304
[ -f .next/BUILD_ID ] || { echo "Run npm run build first." >&2; exit 1; }
if ! command -v wrk >/dev/null || ! command -v nginx >/dev/null; then
  [ "$(id -u)" -eq 0 ] || { echo "Needs wrk and nginx (apt-get install wrk nginx)." >&2; exit 1; }
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk nginx >/dev/null
fi

work=$(mktemp -d /tmp/meridian-bench.XXXXXX)
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; nginx -p "$work/nginx" -c nginx.conf -s stop 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

export NEXTAUTH_SECRET="${NEXTAUTH_SECRET:-bench-secret-not-for-production}" DATA_DIR="$work/data" SITE_URL="http://localhost:$APP"
node_modules/.bin/next start -p "$APP" >"$work/app.log" 2>&1 & pids+=($!)

ARTICLE=/asia/russia-china-defence-ministers-beijing-military-cooperation
until curl -sf "http://localhost:$APP$ARTICLE" -o "$work/article.html"; do sleep 0.3; done
size=$(wc -c < "$work/article.html")

# (a) A bare Next.js page with about as much text as the article page, prerendered.
# Inside the project (under .bench/) so Turbopack resolves next and react from the project's own node_modules.
bare="$PWD/.bench/bare"
rm -rf "$bare" && mkdir -p "$bare/app"
echo '{"name":"bare","private":true}' > "$bare/package.json"
cat > "$bare/app/layout.jsx" <<'JSX'
export default function Layout({ children }) {
  return (<html lang="en"><body>{children}</body></html>);
}
JSX
# Text for the bare page: a quarter of the article's bytes, since the page carries it twice (HTML and RSC payload)
# in two paragraphs, so both pages weigh about the same.
words=$(sed -e 's/<[^>]*>/ /g' "$work/article.html" | tr -s ' \n' ' ' | tr -d '`$\\' | head -c $((size / 8)) || true)
printf 'const TEXT = `%s`;\nexport default function Page() { return <main><h1>Bare page</h1>{[0, 1].map((i) => <p key={i}>{TEXT}</p>)}</main>; }\n' "$words" > "$bare/app/page.jsx"
(cd "$bare" && NEXT_TELEMETRY_DISABLED=1 "$OLDPWD/node_modules/.bin/next" build >"$work/bare-build.log" 2>&1) || { cat "$work/bare-build.log"; exit 1; }
(cd "$bare" && exec "$OLDPWD/node_modules/.bin/next" start -p "$BARE" >"$work/bare.log" 2>&1) & pids+=($!)
until curl -sf "http://localhost:$BARE/" -o "$work/bare.html"; do sleep 0.3; done

# (b) nginx serving the saved article HTML, (c) nginx micro-caching in front of the app.
mkdir -p "$work/nginx/logs" "$work/nginx/html" "$work/nginx/cache"
# nginx's workers run as an unprivileged user: let them read the HTML and write the cache in this throwaway folder.
chmod 755 "$work" "$work/nginx" "$work/nginx/html"
chmod 777 "$work/nginx/cache"
cat > "$work/nginx/nginx.conf" <<CONF
worker_processes 2;
error_log logs/error.log;
pid logs/nginx.pid;
events { worker_connections 1024; }
http {
  access_log off;
  proxy_cache_path $work/nginx/cache levels=1:2 keys_zone=meridian:20m max_size=256m inactive=10m use_temp_path=off;
  upstream app { server 127.0.0.1:$APP; keepalive 64; }
  server { listen $STATIC; location / { root $work/nginx/html; default_type text/html; } }
  server {
    listen $CACHED;
    location / {
      proxy_pass http://app; proxy_http_version 1.1; proxy_set_header Connection ""; proxy_set_header Host \$host;
      proxy_cache meridian; proxy_cache_valid 200 5s; proxy_cache_lock on; proxy_cache_use_stale updating;
      proxy_ignore_headers Vary;
      add_header X-Cache \$upstream_cache_status;
    }
  }
}
CONF
cp "$work/article.html" "$work/nginx/html/article.html" && chmod 644 "$work/nginx/html/article.html"
nginx -p "$work/nginx" -c nginx.conf

run() { # label url → "label rps p50 p99"
  wrk -t2 -c50 -d"$DURATION" --latency "$2" > "$work/wrk.txt"
  local rps p50 p99
  rps=$(awk '/Requests\/sec/ {print $2}' "$work/wrk.txt")
  p50=$(awk '$1=="50%" {print $2}' "$work/wrk.txt")
  p99=$(awk '$1=="99%" {print $2}' "$work/wrk.txt")
  printf '%-34s %10s req/s   p50 %8s   p99 %8s\n' "$1" "$rps" "$p50" "$p99"
  echo "$rps" > "$work/rps-$3"
}

echo "Article page: $size bytes of HTML; bare page: $(wc -c < "$work/bare.html") bytes. wrk -c50 -d$DURATION, loopback."
run "bare Next.js page (floor)" "http://localhost:$BARE/" bare
run "article (next start)" "http://localhost:$APP$ARTICLE" article
run "section (next start)" "http://localhost:$APP/asia" section
run "author (next start)" "http://localhost:$APP/authors/lena-marsh" author
run "front page (next start)" "http://localhost:$APP/" front
run "nginx, saved article HTML (limit)" "http://localhost:$STATIC/article.html" static
run "article through nginx micro-cache" "http://localhost:$CACHED$ARTICLE" cached

ratio() { awk -v a="$(cat "$work/rps-$1")" -v b="$(cat "$work/rps-$2")" 'BEGIN { printf "%.2f", a / b }'; }
echo
echo "article / bare Next.js page:            $(ratio article bare)×  (target ≥ 0.90)"
echo "nginx micro-cache / nginx static file:  $(ratio cached static)×  (target ≥ 0.80)"
echo "article / nginx static file:            $(ratio article static)×"
