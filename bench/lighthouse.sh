#!/usr/bin/env bash
# Lighthouse (mobile) on each page type of the production build. Needs `npm run build` first and Chromium.
source "$(dirname "$0")/lib.sh"
require_build
SITE=3321
start_site "$SITE"
node_modules/.bin/tsx bench/lighthouse-report.ts "http://localhost:$SITE"
