#!/usr/bin/env bash
# A cluster on loopback from the production build (npm run build or test:build): a throwaway PostgreSQL, Redis as the
# shared page cache, two app instances with the same secret, and nginx from deploy/nginx.conf balancing between them.
#   bash scripts/cluster.sh start    prints the URL; state (pid files, logs, data) in $CLUSTER_DIR
#   bash scripts/cluster.sh stop     stops everything it started and removes the state
# Ports: CLUSTER_PORT (nginx, 8080), CLUSTER_APP_PORTS ("3001 3002"), PG_PORT (5545), REDIS_PORT (6380).
# As root on Debian it installs what is missing (postgresql, redis-server, nginx) from apt.
set -euo pipefail
cd "$(dirname "$0")/.."

CLUSTER_DIR="$(realpath -m "${CLUSTER_DIR:-.cluster}")"
CLUSTER_PORT="${CLUSTER_PORT:-8080}"
read -r -a APP_PORTS <<< "${CLUSTER_APP_PORTS:-3001 3002}"
PG_PORT="${PG_PORT:-5545}"
REDIS_PORT="${REDIS_PORT:-6380}"
URL="http://127.0.0.1:${CLUSTER_PORT}"

run_as_postgres() {
  if [ "$(id -u)" -eq 0 ]; then su postgres -s /bin/bash -c "$*"; else bash -c "$*"; fi
}
pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }
nginx_bin() { command -v nginx 2>/dev/null || ls /usr/sbin/nginx 2>/dev/null; }

install_missing() {
  local missing=()
  [ -n "$(pg_bin)" ] || missing+=(postgresql)
  command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
  [ -n "$(nginx_bin)" ] || missing+=(nginx)
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing from Debian's packages: ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "The cluster needs: ${missing[*]} (apt-get install ${missing[*]})." >&2
    exit 1
  fi
}

wait_for() { # URL, what
  for _ in $(seq 1 240); do
    curl -fsS -o /dev/null "$1" 2>/dev/null && return 0
    sleep 0.25
  done
  echo "$2 did not answer at $1; see $CLUSTER_DIR/*.log" >&2
  exit 1
}

# The documented recipe with this cluster's ports, upstream servers and a private cache directory; for the cluster
# tests, responses say which instance answered (X-Upstream) and a `meridian_pin` cookie ("a", "b") sends a browser to
# one instance through nginx, so it keeps the site's own origin.
nginx_config() {
  local servers="" pins="" letters=(a b c d)
  for i in "${!APP_PORTS[@]}"; do
    servers+="  server 127.0.0.1:${APP_PORTS[$i]} max_fails=1 fail_timeout=5s;\n"
    pins+="  ${letters[$i]} 127.0.0.1:${APP_PORTS[$i]};\n"
  done
  printf 'map $cookie_meridian_pin $meridian_target {\n  default meridian_app;\n%b}\n' "$pins"
  sed -e "s#/var/cache/nginx/meridian#${CLUSTER_DIR}/nginx/cache#" \
      -e "s#proxy_pass http://meridian_app;#proxy_pass http://\$meridian_target;#" \
      -e "s#^\(\s*\)listen 80;#\1listen 127.0.0.1:${CLUSTER_PORT};#" \
      -e "/^upstream meridian_app {/,/^}/{/^\s*#\?\s*server /d}" \
      -e "s#^upstream meridian_app {#upstream meridian_app {\n${servers}#" \
      -e "s#^\(\s*\)add_header X-Cache \$upstream_cache_status;#&\n\1add_header X-Upstream \$upstream_addr always;#" deploy/nginx.conf
}

start() {
  if [ -f "$CLUSTER_DIR/running" ]; then echo "A cluster is already running from $CLUSTER_DIR (npm run cluster:stop)." >&2; exit 1; fi
  [ -f .next/BUILD_ID ] || { echo "No production build: run npm run build (or npm run test:build) first." >&2; exit 1; }
  : "${NEXTAUTH_SECRET:?Set NEXTAUTH_SECRET to the secret the build was made with}"
  install_missing
  mkdir -p "$CLUSTER_DIR"/{pg/sock,redis,nginx/cache,nginx/temp}
  touch "$CLUSTER_DIR/running"

  local pg; pg="$(pg_bin)"
  [ "$(id -u)" -eq 0 ] && chown -R postgres:postgres "$CLUSTER_DIR/pg"
  run_as_postgres "$pg/initdb -D $CLUSTER_DIR/pg/data -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null"
  run_as_postgres "$pg/pg_ctl -D $CLUSTER_DIR/pg/data -l $CLUSTER_DIR/pg/log -w -o '-p $PG_PORT -h 127.0.0.1 -k $CLUSTER_DIR/pg/sock' start >/dev/null"
  run_as_postgres "$pg/createdb -h 127.0.0.1 -p $PG_PORT -U postgres meridian"
  echo "PostgreSQL on 127.0.0.1:$PG_PORT"

  redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --daemonize yes --save '' --appendonly no --dir "$CLUSTER_DIR/redis" \
    --pidfile "$CLUSTER_DIR/redis/redis.pid" --logfile "$CLUSTER_DIR/redis/redis.log"
  echo "Redis on 127.0.0.1:$REDIS_PORT"

  export DATABASE_URL="postgres://postgres@127.0.0.1:${PG_PORT}/meridian"
  export REDIS_URL="redis://127.0.0.1:${REDIS_PORT}"
  export SITE_URL="${CLUSTER_SITE_URL:-$URL}"
  export DATA_DIR="$CLUSTER_DIR/data"
  # Client addresses come from X-Forwarded-For only when nginx (on loopback) sent the request.
  export TRUSTED_PROXIES="127.0.0.1,::1"
  local first=1
  for port in "${APP_PORTS[@]}"; do
    # The site's own server (scripts/start.mjs): it tells the app each connection's address, so nginx's
    # X-Forwarded-For is believed from nginx only.
    HOSTNAME=127.0.0.1 nohup node scripts/start.mjs -p "$port" > "$CLUSTER_DIR/app-$port.log" 2>&1 &
    echo $! > "$CLUSTER_DIR/app-$port.pid"
    # The first instance migrates the database alone.
    if [ $first -eq 1 ]; then wait_for "http://127.0.0.1:$port/robots.txt" "Instance $port"; first=0; fi
  done
  for port in "${APP_PORTS[@]}"; do wait_for "http://127.0.0.1:$port/robots.txt" "Instance $port"; echo "App instance on http://127.0.0.1:$port"; done

  { echo "# Generated by scripts/cluster.sh from deploy/nginx.conf."
    echo "worker_processes 1; pid $CLUSTER_DIR/nginx/nginx.pid; error_log $CLUSTER_DIR/nginx/error.log;"
    [ "$(id -u)" -eq 0 ] && echo "user root;"
    echo "events { worker_connections 1024; }"
    echo "http {"
    echo "  access_log $CLUSTER_DIR/nginx/access.log;"
    for temp in client_body proxy fastcgi uwsgi scgi; do echo "  ${temp}_temp_path $CLUSTER_DIR/nginx/temp/$temp;"; done
    nginx_config | sed 's/^/  /'
    echo "}"; } > "$CLUSTER_DIR/nginx/nginx.conf"
  "$(nginx_bin)" -p "$CLUSTER_DIR/nginx" -c "$CLUSTER_DIR/nginx/nginx.conf" -e "$CLUSTER_DIR/nginx/error.log"
  wait_for "$URL/robots.txt" "nginx"
  echo "The cluster is up: $URL (nginx in front of ${APP_PORTS[*]}; npm run cluster:stop stops it)"
}

stop_pid() { # pid file
  [ -f "$1" ] || return 0
  local pid; pid="$(cat "$1")"
  kill "$pid" 2>/dev/null || true
  for _ in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
  kill -9 "$pid" 2>/dev/null || true
  rm -f "$1"
}

stop() {
  [ -d "$CLUSTER_DIR" ] || { echo "No cluster at $CLUSTER_DIR."; return 0; }
  stop_pid "$CLUSTER_DIR/nginx/nginx.pid"
  for pidfile in "$CLUSTER_DIR"/app-*.pid; do stop_pid "$pidfile"; done
  stop_pid "$CLUSTER_DIR/redis/redis.pid"
  local pg; pg="$(pg_bin)"
  if [ -n "$pg" ] && [ -f "$CLUSTER_DIR/pg/data/postmaster.pid" ]; then
    run_as_postgres "$pg/pg_ctl -D $CLUSTER_DIR/pg/data -m fast stop >/dev/null" || true
  fi
  rm -rf "$CLUSTER_DIR"
  echo "The cluster is stopped."
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  *) echo "Usage: bash scripts/cluster.sh start|stop" >&2; exit 2 ;;
esac
