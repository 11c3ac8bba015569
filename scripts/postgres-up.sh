#!/usr/bin/env bash
# Installs (if absent) and starts a local PostgreSQL 15 cluster with an `interim` role that may
# create databases, then prints the export line for the test suite. Safe to run again.
# Usage: eval "$(scripts/postgres-up.sh)"
set -euo pipefail

log() { echo "postgres-up: $*" >&2; }

if ! command -v pg_ctlcluster >/dev/null 2>&1 || [ ! -d /usr/lib/postgresql ]; then
  log "installing PostgreSQL from Debian's packages"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq postgresql >&2
fi

version=$(ls /usr/lib/postgresql | sort -n | tail -n 1)
if ! pg_lsclusters -h | awk '{print $1" "$2}' | grep -q "^$version main$"; then
  log "creating cluster $version/main"
  pg_createcluster "$version" main >&2
fi
if ! pg_lsclusters -h | grep -q "^$version main .* online"; then
  log "starting cluster $version/main"
  pg_ctlcluster "$version" main start >&2
fi

port=$(pg_lsclusters -h | awk -v v="$version" '$1==v && $2=="main" {print $3}')
for _ in $(seq 1 30); do
  if su postgres -c "psql -p $port -Atqc 'select 1'" >/dev/null 2>&1; then break; fi
  sleep 1
done

su postgres -c "psql -p $port -v ON_ERROR_STOP=1 -qAt" >&2 <<'SQL'
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'interim') THEN
    CREATE ROLE interim LOGIN CREATEDB PASSWORD 'interim';
  END IF;
END $$;
SELECT 'CREATE DATABASE interim OWNER interim'
WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'interim')\gexec
SQL

log "ready on port $port"
echo "export INTERIM_TEST_POSTGRES_URL=postgres://interim:interim@127.0.0.1:$port/interim"
