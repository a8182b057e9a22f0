#!/usr/bin/env bash
# Lighthouse 12.2.3 (mobile) on each page type. Builds the site here (into .bench/next-lighthouse) with SITE_URL set
# to the address it is audited at, so canonical URLs and sitemaps point where Lighthouse looks, and audits the bare
# Next.js page of the same weight beside it, as a reference for what this machine allows. Needs Chromium.
source "$(dirname "$0")/lib.sh"
SITE=3321; BARE=3322
export NEXT_DIST_DIR=.bench/next-lighthouse
build_into "$NEXT_DIST_DIR" SITE_URL="http://localhost:$SITE"
start_site "$SITE"
start_bare_page "$BARE" "$(wc -c < "$work/article.html")"
node_modules/.bin/tsx bench/lighthouse-report.ts "http://localhost:$SITE" "http://localhost:$BARE$BARE_PATH"
