#!/usr/bin/env bash
# The JavaScript each page type transfers, beside a bare Next.js 16 page built here (the framework's floor).
# Needs `npm run build` first and Chromium (as for the end-to-end tests).
source "$(dirname "$0")/lib.sh"
require_build
SITE=3311; BARE=3312
start_site "$SITE"
start_bare_page "$BARE" "$(wc -c < "$work/article.html")"
node_modules/.bin/tsx bench/js-transfer.ts "http://localhost:$SITE" "http://localhost:$BARE$BARE_PATH"
