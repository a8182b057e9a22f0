#!/usr/bin/env bash
# Runs a command with the settings the end-to-end tests share between the build and the server they start:
# the same signing secret (comment forms in prerendered pages are signed at build time), the same database and
# the same public origin. Values already in the environment win (CI sets DATABASE_URL for the PostgreSQL run).
set -euo pipefail
export E2E_PORT="${E2E_PORT:-3210}"
export SITE_URL="${SITE_URL:-http://127.0.0.1:${E2E_PORT}}"
export NEXTAUTH_SECRET="${NEXTAUTH_SECRET:-e2e-secret-not-for-production-0123456789}"
export DATA_DIR="${DATA_DIR:-.e2e-data}"
# The tests play a proxy on loopback that forwards each test's own client address in X-Forwarded-For.
export TRUSTED_PROXIES="${TRUSTED_PROXIES-127.0.0.1,::1}"
exec "$@"
