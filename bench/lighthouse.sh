#!/usr/bin/env bash
# Lighthouse 12.2.3 (mobile) on each page type. Builds the site here (into .bench/next-lighthouse) with SITE_URL set
# to the address it is audited at, so canonical URLs and sitemaps point where Lighthouse looks, and audits the bare
# Next.js page of the same weight (built outside the project) in turn with it, as the floor this machine allows.
# Needs Chromium. LIGHTHOUSE_RUNS (default 5) audits per page; BENCH_PORT (default 3321) and the next port are used.
# BARE_LIKE_SITE=1 gives the bare page the site's stylesheet, preloaded serif and lead image too (bench/lib.sh): the
# floor for a page that needs those before its largest paint.
source "$(dirname "$0")/lib.sh"
SITE=${BENCH_PORT:-3321}; BARE=$((SITE + 1))
export NEXT_DIST_DIR=.bench/next-lighthouse
build_into "$NEXT_DIST_DIR" SITE_URL="http://localhost:$SITE"
start_site "$SITE"
start_bare_page "$BARE" "$(wc -c < "$work/article.html")"
# Each page once, and the pictures it asks for first (as a browser taking AVIF would), so the audits time the site's
# steady state: a resized picture is made on its first request and served from next/image's cache after that.
for page in "$ARTICLE" /asia /authors/lena-marsh /; do
  curl -s "http://localhost:$SITE$page" | grep -o 'imageSrcSet="[^"]*"' | grep -o '/_next/image?[^ ]*' | sed 's/&amp;/\&/g' |
    while read -r image; do curl -s -o /dev/null -H 'Accept: image/avif,image/webp,*/*' "http://localhost:$SITE$image"; done
done
node_modules/.bin/tsx bench/lighthouse-report.ts "http://localhost:$SITE" "http://localhost:$BARE$BARE_PATH"
