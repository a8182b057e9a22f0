#!/usr/bin/env bash
# Scale: N synthetic articles (scripts/generate-articles.ts) in content folders of their own under .bench/.
# For 1,000 and 10,000 articles: content:check and `next build` time and peak memory (the whole process tree,
# sampled twice a second). Then article-page throughput with 10,000 articles against 100, side by side.
# Builds into .bench/next-N, so the site's own .next is left alone. Takes about 20 minutes on 2 cores.
source "$(dirname "$0")/lib.sh"
SIZES=(${BENCH_SCALE_SIZES:-1000 10000})
DURATION="${BENCH_DURATION:-10s}"; ROUNDS="${BENCH_ROUNDS:-3}"
BUILD_LIMIT_SECONDS=900; MEMORY_LIMIT_MB=4096

content_for() { # n: the folder, generated when missing or older than the generator
  local folder=".bench/content-$1"
  [ "$(ls "$folder/articles" 2>/dev/null | wc -l)" -eq "$1" ] && [ "$folder/articles" -nt scripts/generate-articles.ts ] &&
    [ "$folder/articles" -nt scripts/vocabulary.ts ] ||
    CONTENT_DIR="$folder" node_modules/.bin/tsx scripts/generate-articles.ts "$1" >/dev/null
  echo "$folder"
}

measured() { # command...: runs it in a process group of its own; sets SECONDS_TAKEN and PEAK_MB
  local started peak=0 rss
  started=$(date +%s.%N)
  setsid "$@" >"$work/command.log" 2>&1 &
  local leader=$!
  while kill -0 "$leader" 2>/dev/null; do
    rss=$(ps -o rss= -g "$leader" 2>/dev/null | awk '{ total += $1 } END { print total + 0 }')
    (( rss > peak )) && peak=$rss
    sleep 0.5
  done
  wait "$leader" || { tail -30 "$work/command.log"; exit 1; }
  SECONDS_TAKEN=$(awk -v s="$started" -v e="$(date +%s.%N)" 'BEGIN { printf "%.1f", e - s }')
  PEAK_MB=$((peak / 1024))
}

build() { # n
  local folder; folder=$(content_for "$1")
  keep_tsconfig
  measured env CONTENT_DIR="$folder" NEXT_DIST_DIR=".bench/next-$1" NEXTAUTH_SECRET=bench-secret-not-for-production \
    NEXT_TELEMETRY_DISABLED=1 node_modules/.bin/next build
}

echo "articles   content:check            next build"
for n in "${SIZES[@]}"; do
  folder=$(content_for "$n")
  measured env CONTENT_DIR="$folder" node_modules/.bin/tsx scripts/content-check.ts
  check="$(printf '%7ss %6s MB' "$SECONDS_TAKEN" "$PEAK_MB")"
  build "$n"
  verdict=$(awk -v s="$SECONDS_TAKEN" -v m="$PEAK_MB" -v sl="$BUILD_LIMIT_SECONDS" -v ml="$MEMORY_LIMIT_MB" \
    'BEGIN { print (s < sl && m < ml) ? "within 15 min and 4 GiB" : "OVER 15 min or 4 GiB" }')
  printf '%8s   %s   %7ss %6s MB   (%s)\n' "$n" "$check" "$SECONDS_TAKEN" "$PEAK_MB" "$verdict"
done

# Throughput of one article page with 10,000 articles beside the same page with 100: no per-request scan.
[ -f .bench/next-100/BUILD_ID ] && [ .bench/next-100/BUILD_ID -nt .bench/content-100/articles ] || build 100
[ -f .bench/next-10000/BUILD_ID ] && [ .bench/next-10000/BUILD_ID -nt .bench/content-10000/articles ] || build 10000
file=$(ls .bench/content-100/articles | grep '^synthetic-0-')
page="/$(awk '/^section:/ { print $2; exit }' ".bench/content-100/articles/$file")/${file%.md}"
CONTENT_DIR=.bench/content-100 NEXT_DIST_DIR=.bench/next-100 start_site 3331 "$page"
CONTENT_DIR=.bench/content-10000 NEXT_DIST_DIR=.bench/next-10000 start_site 3332 "$page"
for port in 3331 3332; do wrk -t2 -c50 -d2s "http://localhost:$port$page" >/dev/null; done
for ((round = 1; round <= ROUNDS; round++)); do
  for port in 3331 3332; do wrk -t2 -c50 -d"$DURATION" "http://localhost:$port$page" | awk '/Requests\/sec/ { print $2 }' >> "$work/rps-$port"; done
done
median() { sort -n "$1" | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
small=$(median "$work/rps-3331"); large=$(median "$work/rps-3332")
echo
echo "Article page $page, wrk -t2 -c50 -d$DURATION, median of $ROUNDS rounds:"
echo "  100 articles:    $small req/s"
echo "  10,000 articles: $large req/s"
awk -v a="$large" -v b="$small" 'BEGIN { r = a / b; printf "  10,000 / 100:    %.2f×  (target ≥ 0.90: %s)\n", r, (r >= 0.9 ? "met" : "NOT met") }'
