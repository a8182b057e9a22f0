#!/usr/bin/env bash
# The one place that finds what the tests and the cluster need beyond npm and, as root on Debian, installs what is
# missing from apt. Never downloads a browser from anywhere else.
#   bash scripts/ensure-test-tools.sh [tool...]   tools: chromium java postgresql redis nginx
# With no tools named: what `npm test` needs (Chromium for Playwright, Java for the Nu HTML checker, Redis and nginx for
# the shared page cache's tests and the cluster suite; scripts/with-postgres.sh asks for PostgreSQL itself).
set -euo pipefail

[ $# -gt 0 ] || set -- chromium java redis nginx

missing=()
for tool in "$@"; do
  case "$tool" in
    chromium) [ -x "${PLAYWRIGHT_CHROMIUM_EXECUTABLE:-/usr/bin/chromium}" ] || missing+=(chromium) ;;
    java) command -v java >/dev/null 2>&1 || missing+=(default-jre-headless) ;;
    postgresql) ls -d /usr/lib/postgresql/*/bin >/dev/null 2>&1 || missing+=(postgresql) ;;
    redis) command -v redis-server >/dev/null 2>&1 || missing+=(redis-server) ;;
    nginx) command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || missing+=(nginx) ;;
    *) echo "ensure-test-tools.sh: unknown tool \"$tool\" (chromium, java, postgresql, redis, nginx)" >&2; exit 2 ;;
  esac
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing from Debian's packages: ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
else
  echo "Needed: ${missing[*]}. Install them (e.g. sudo apt-get install ${missing[*]})," >&2
  echo "or point PLAYWRIGHT_CHROMIUM_EXECUTABLE at a Chromium binary." >&2
  exit 1
fi
