#!/usr/bin/env bash
# Finds what the test suite needs beyond npm (Chromium for Playwright, Java for the Nu HTML checker, Redis and nginx) and,
# as root on Debian, installs what is missing from apt. Never downloads a browser from anywhere else.
set -euo pipefail

missing=()
chromium="${PLAYWRIGHT_CHROMIUM_EXECUTABLE:-/usr/bin/chromium}"
[ -x "$chromium" ] || missing+=(chromium)
command -v java >/dev/null 2>&1 || missing+=(default-jre-headless)
# The shared page cache's tests and the cluster suite (npm run test:cluster) need Redis and nginx.
command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || missing+=(nginx)

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing from Debian's packages: ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
else
  echo "The tests need: ${missing[*]}. Install them (e.g. sudo apt-get install ${missing[*]})," >&2
  echo "or point PLAYWRIGHT_CHROMIUM_EXECUTABLE at a Chromium binary." >&2
  exit 1
fi
