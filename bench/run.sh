#!/usr/bin/env bash
# The benchmark in one command: builds the jar if needed, installs wrk if missing (Debian), then runs
# bench/run.py against the PostgreSQL on 127.0.0.1:5432 (override with --host/--port/--user; PGPASSWORD).
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
command -v pgbench >/dev/null || { echo "pgbench is needed (Debian: postgresql-client)" >&2; exit 2; }
[ -f bootstrap/target/proctor-reviews.jar ] || mvn -B -q -DskipTests package
exec python3 bench/run.py "$@"
