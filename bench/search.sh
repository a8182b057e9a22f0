#!/usr/bin/env bash
# Search on 10,000 generated articles (scripts/generate-articles.ts, into .bench/content-10000 as bench:scale makes
# it): the index build, 1,000 mixed queries in process, and /search over HTTP from the site's production build
# (run `npm run build` first) serving that archive with its index. /search is rendered per request from the content
# folder and the index file named at start, so the build's own prerendered pages play no part in it.
source "$(dirname "$0")/lib.sh"
require_build
N="${BENCH_SEARCH_ARTICLES:-10000}"
PORT="${BENCH_SEARCH_PORT:-3344}"
folder=".bench/content-$N"
[ "$(ls "$folder/articles" 2>/dev/null | wc -l)" -eq "$N" ] && [ "$folder/articles" -nt scripts/vocabulary.ts ] &&
  [ "$folder/articles" -nt scripts/generate-articles.ts ] ||
  CONTENT_DIR="$folder" node_modules/.bin/tsx scripts/generate-articles.ts "$N"
index="$PWD/.bench/search-$N.sqlite"
node_modules/.bin/tsx bench/search.ts index "$folder" "$index"
CONTENT_DIR="$folder" SEARCH_INDEX="$index" start_site "$PORT" "/search?q=water"
node_modules/.bin/tsx bench/search.ts http "http://localhost:$PORT"
