#!/usr/bin/env bash
# Runs a command against a throwaway PostgreSQL: a fresh cluster on a loopback port, DATABASE_URL set, stopped after.
# As root on Debian it installs the server from apt when it is missing (scripts/ensure-test-tools.sh).
set -euo pipefail

PG_PORT="${PG_PORT:-5544}"
bash "$(dirname "$0")/ensure-test-tools.sh" postgresql
pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)

dir=$(mktemp -d /tmp/meridian-pg.XXXXXX)
run_as_postgres() {
  if [ "$(id -u)" -eq 0 ]; then su postgres -s /bin/bash -c "$*"; else bash -c "$*"; fi
}
mkdir -p "$dir/sock"
[ "$(id -u)" -eq 0 ] && chown -R postgres:postgres "$dir"
run_as_postgres "$pg_bin/initdb -D $dir/data -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null"
run_as_postgres "$pg_bin/pg_ctl -D $dir/data -l $dir/log -w -o '-p $PG_PORT -h 127.0.0.1 -k $dir/sock' start >/dev/null"
stop() {
  run_as_postgres "$pg_bin/pg_ctl -D $dir/data -m fast stop >/dev/null" || true
  rm -rf "$dir"
}
trap stop EXIT
run_as_postgres "$pg_bin/createdb -h 127.0.0.1 -p $PG_PORT -U postgres meridian"

export DATABASE_URL="postgres://postgres@127.0.0.1:${PG_PORT}/meridian"
export TEST_DATABASE_URL="$DATABASE_URL"
echo "Running against PostgreSQL at $DATABASE_URL: $*"
"$@"
