#!/usr/bin/env bash
# The test command: every crate's unit and integration tests. The PostgreSQL variants run when
# INTERIM_TEST_POSTGRES_URL is set (eval "$(scripts/postgres-up.sh)" sets it up locally).
set -euo pipefail
cd "$(dirname "$0")/.."
exec cargo test --workspace "$@"
