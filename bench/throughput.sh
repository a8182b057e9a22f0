#!/usr/bin/env bash
# Throughput of the production build, side by side in one run with (a) a bare Next.js 16 page of similar size,
# prerendered the same way and built here in a temporary folder (the framework's floor), (b) nginx serving the saved
# HTML (the machine's limit), (c) the article through nginx with deploy/nginx.conf's micro-cache and (d) the article
# from a second instance on the shared page cache (Redis, REDIS_URL), as several instances serve it.
# wrk, 50 connections, loopback. Needs `npm run build` (or `npm run test:build`) first; installs wrk and nginx
# from apt as root when missing. Prints requests/s, p50/p99 latency and the ratios. The site is served as production
# serves it (`npm start`, scripts/start.mjs); (e) is the same build under plain `next start`, to show what the
# production server costs beside it.
source "$(dirname "$0")/lib.sh"
require_build
DURATION="${BENCH_DURATION:-10s}"
APP=${BENCH_PORT:-3301}; BARE=$((APP + 1)); STATIC=$((APP + 2)); CACHED=$((APP + 3)); SHARED=$((APP + 4)); REDIS_PORT="${BENCH_REDIS_PORT:-$((APP + 5))}"
[ "$REDIS_PORT" -ne $((APP + 6)) ] || { echo "BENCH_REDIS_PORT must not be BENCH_PORT + 6 (next start's)." >&2; exit 1; }
if ! command -v wrk >/dev/null || ! command -v nginx >/dev/null || ! command -v redis-server >/dev/null; then
  [ "$(id -u)" -eq 0 ] || { echo "Needs wrk, nginx and redis-server (apt-get install wrk nginx redis-server)." >&2; exit 1; }
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk nginx redis-server >/dev/null
fi

start_site "$APP"
APP_PID=${pids[-1]} # the server serves in the process it was started as
size=$(wc -c < "$work/article.html")
# (e) The same build under plain `next start`.
NEXT_START=$((APP + 6))
start_next_start "$NEXT_START"
NEXT_START_PID=${pids[-1]}
# (d) The same build on the shared page cache: Redis on loopback, no persistence.
redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save '' --appendonly no --dir "$work" > "$work/redis.log" 2>&1 &
pids+=($!)
until redis-cli -p "$REDIS_PORT" ping 2>/dev/null | grep -q PONG; do sleep 0.2; done
cp "$work/article.html" "$work/article-local.html"
REDIS_URL="redis://127.0.0.1:$REDIS_PORT" start_site "$SHARED"
SHARED_PID=${pids[-1]}
cp "$work/article-local.html" "$work/article.html"
# (a) The framework's floor: a bare page as heavy as the article page.
start_bare_page "$BARE" "$size"
BARE_PID=${pids[-1]}

# (b) nginx serving the saved article HTML, (c) deploy/nginx.conf itself in front of the app, pointed at this
# run's app, port and cache folder.
mkdir -p "$work/nginx/logs" "$work/nginx/html" "$work/nginx/cache"
# nginx's workers run as an unprivileged user: let them read the HTML and write the cache in this throwaway folder.
chmod 755 "$work" "$work/nginx" "$work/nginx/html"
chmod 777 "$work/nginx/cache"
sed -e "s#/var/cache/nginx/meridian#$work/nginx/cache#" -e "s#127.0.0.1:3000;#127.0.0.1:$APP;#" -e "s#listen 80;#listen $CACHED;#" \
  deploy/nginx.conf > "$work/nginx/meridian.conf"
for expected in "$work/nginx/cache" "127.0.0.1:$APP;" "listen $CACHED;"; do
  grep -qF "$expected" "$work/nginx/meridian.conf" || { echo "deploy/nginx.conf changed shape: no $expected" >&2; exit 1; }
done
cat > "$work/nginx/nginx.conf" <<CONF
worker_processes 2;
error_log logs/error.log;
pid logs/nginx.pid;
events { worker_connections 1024; }
http {
  access_log off;
  include $work/nginx/meridian.conf;
  server { listen $STATIC; location / { root $work/nginx/html; default_type text/html; } }
}
CONF
cp "$work/article.html" "$work/nginx/html/article.html" && chmod 644 "$work/nginx/html/article.html"
nginx -p "$work/nginx" -c nginx.conf
# The micro-cache figure means something only if the recipe really caches the article.
curl -s -o /dev/null "http://localhost:$CACHED$ARTICLE"
curl -s -D - -o /dev/null "http://localhost:$CACHED$ARTICLE" | grep -qi '^x-cache: HIT' ||
  { echo "deploy/nginx.conf did not serve the article from its cache." >&2; exit 1; }

ROUNDS="${BENCH_ROUNDS:-5}"
TARGETS=(
  "bare|bare Next.js page (floor)|http://localhost:$BARE$BARE_PATH"
  "article|article (npm start)|http://localhost:$APP$ARTICLE"
  "nextstart|article (next start)|http://localhost:$NEXT_START$ARTICLE"
  "shared|article (shared Redis cache)|http://localhost:$SHARED$ARTICLE"
  "section|section (npm start)|http://localhost:$APP/asia"
  "author|author (npm start)|http://localhost:$APP/authors/lena-marsh"
  "front|front page (npm start)|http://localhost:$APP/"
  "static|nginx, saved article HTML (limit)|http://localhost:$STATIC/article.html"
  "cached|article through nginx micro-cache|http://localhost:$CACHED$ARTICLE"
)

# CPU time the serving process spent per request: steadier than requests/s on a small, shared machine, where wrk
# competes with the server for the same cores. Only for the Node servers (nginx has several worker processes).
cpu_ticks() { if [ -n "$1" ]; then awk '{ print $14 + $15 }' "/proc/$1/stat"; else echo 0; fi; }

measure() { # key url: one wrk run, appending "rps p50 p99 cpu" (latencies and CPU per request in ms)
  local port pid before after
  port=$(sed -E 's#^http://[^:]+:([0-9]+).*#\1#' <<< "$2")
  pid=""; case "$port" in "$APP") pid=$APP_PID ;; "$BARE") pid=$BARE_PID ;; "$SHARED") pid=$SHARED_PID ;; "$NEXT_START") pid=$NEXT_START_PID ;; esac
  before=$(cpu_ticks "$pid")
  wrk -t2 -c50 -d"$DURATION" --latency "$2" > "$work/wrk.txt"
  after=$(cpu_ticks "$pid")
  awk -v ticks=$((after - before)) -v hz="$(getconf CLK_TCK)" -v measured="${pid:+1}" \
    'function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
     / requests in / { requests = $1 } /Requests\/sec/ { rps = $2 } $1 == "50%" { p50 = ms($2) } $1 == "99%" { p99 = ms($2) }
     END { printf "%s %.2f %.2f %s\n", rps, p50, p99, (measured ? sprintf("%.3f", ticks * 1000 / hz / requests) : "-") }' \
    "$work/wrk.txt" >> "$work/runs-$1"
}
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
column_median() { awk -v c="$2" '{ print $c }' "$work/runs-$1" | median; }

# A warm-up for each (code compiled, stale pages regenerated), then rounds that take turns, so a slow moment of the
# machine hits every target alike; the median of the rounds is reported.
LOAD_AT_START=$(cut -d' ' -f1-3 /proc/loadavg)
for target in "${TARGETS[@]}"; do IFS='|' read -r _ _ url <<< "$target"; wrk -t2 -c50 -d2s "$url" > /dev/null; done
for ((round = 1; round <= ROUNDS; round++)); do
  for target in "${TARGETS[@]}"; do IFS='|' read -r key _ url <<< "$target"; measure "$key" "$url"; done
done

echo "Article page: $size bytes of HTML; bare page: $(wc -c < "$work/bare.html") bytes."
echo "wrk -t2 -c50 -d$DURATION on loopback, median of $ROUNDS rounds taken in turn; load average at the start: $LOAD_AT_START, now: $(cut -d' ' -f1-3 /proc/loadavg)."
for target in "${TARGETS[@]}"; do
  IFS='|' read -r key label _ <<< "$target"
  printf '%-34s %10s req/s   p50 %8s ms   p99 %8s ms   CPU %6s ms/req   (rounds: %s)\n' "$label" "$(column_median "$key" 1)" \
    "$(column_median "$key" 2)" "$(column_median "$key" 3)" "$(column_median "$key" 4)" "$(awk '{ printf "%s%d", (NR > 1 ? " " : ""), $1 }' "$work/runs-$key")"
done

# Each round measures the two sides of a ratio one right after the other, so the ratio is taken within each round
# (the machine's pace drifts between rounds) and the median of those is reported. For CPU per request (column 4)
# it is the floor's over the page's, so it reads like a throughput ratio.
round_ratios() { # a b column
  paste -d' ' "$work/runs-$1" "$work/runs-$2" | awk -v c="$3" '{ print (c == 4) ? $(c + 4) / $c : $c / $(c + 4) }'
}
ratio() { # a b column [target]
  local each; each=$(round_ratios "$1" "$2" "$3")
  awk -v r="$(median <<< "$each")" -v t="${4:-}" -v each="$(awk '{ printf "%s%.2f", (NR > 1 ? " " : ""), $1 }' <<< "$each")" \
    'BEGIN { printf "%.2f×  (%srounds: %s)", r, (t == "" ? "" : sprintf("target ≥ %.2f: %s; ", t, (r >= t) ? "met" : "NOT met")), each }'
}
echo
echo "article / bare Next.js page:            $(ratio article bare 1 0.90)"
echo "  the same from CPU per request:        $(ratio article bare 4)"
echo "next start article / bare Next.js page: $(ratio nextstart bare 1)"
echo "  the same from CPU per request:        $(ratio nextstart bare 4)"
echo "shared cache / local cache (article):   $(ratio shared article 1 0.80)"
echo "  the same from CPU per request:        $(ratio shared article 4)"
echo "nginx micro-cache / nginx static file:  $(ratio cached static 1 0.80)"
echo "article / nginx static file:            $(ratio article static 1)"
