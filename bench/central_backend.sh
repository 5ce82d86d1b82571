#!/usr/bin/env bash
# Run a real ODK Central backend (getodk/central-backend) on 127.0.0.1 for testing
# Daftari's OpenRosa client against it. Nothing of Central is vendored here: point
# the script at a checkout you made yourself (e.g. a release tag such as v2026.2.2).
#
#   bench/central_backend.sh [start] [CENTRAL_SRC]   set up (idempotent) and start; prints base URL
#   bench/central_backend.sh stop                    stop Central and its PostgreSQL
#   bench/central_backend.sh status                  say whether both are running
#
# Environment:
#   CENTRAL_SRC       Central backend checkout (or pass it as the argument)
#   CENTRAL_WORK      work dir: PostgreSQL cluster, config, logs, pid files (default /tmp/daftari-central)
#   CENTRAL_PORT      HTTP port (default 8383); Central listens on 127.0.0.1 only
#   CENTRAL_EMAIL     admin web user (default admin@daftari.test)
#   CENTRAL_PASSWORD  its password (default daftari-central-2026)
#
# What it does: installs Debian's postgresql if missing; initdb + pg_ctl a private cluster
# (127.0.0.1 + a socket in the work dir, free port); creates role/db "central" with the
# extensions Central needs; writes Central's JSON config into the work dir (Enketo,
# pyxform-http, Sentry, analytics and S3 all unconfigured, so nothing leaves the machine);
# makes sure a Node of the major version Central's package.json asks for is used (fetching
# the node-linux-<arch> binary package from the npm registry if the system node differs);
# npm ci; migrations; admin user; then starts `lib/bin/run-server.js` in the background.
#
# Notes: Central refuses HTTP Basic auth (and cookies) unless the request is HTTPS or says
# `X-Forwarded-Proto: https` (in production nginx adds it) -- clients talking to this plain
# http server must send that header to use Basic auth. App-user /v1/key/{token}/ URLs work as is.
set -euo pipefail

WORK=${CENTRAL_WORK:-/tmp/daftari-central}
PORT=${CENTRAL_PORT:-8383}
EMAIL=${CENTRAL_EMAIL:-admin@daftari.test}
PASSWORD=${CENTRAL_PASSWORD:-daftari-central-2026}
DB_NAME=central DB_USER=central DB_PASS=central
PGDIR=$WORK/pg            # owned by the postgres account when run as root (initdb refuses root)

log() { echo "central_backend: $*" >&2; }
die() { log "$*"; exit 1; }

pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1; }

# run a PostgreSQL tool as the cluster owner
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

pg_running() { [ -f "$PGDIR/data/postmaster.pid" ] && as_pg "$(pg_bin)/pg_ctl" -D "$PGDIR/data" status >/dev/null 2>&1; }

central_pid() { [ -f "$WORK/central.pid" ] && kill -0 "$(cat "$WORK/central.pid")" 2>/dev/null && cat "$WORK/central.pid"; }

free_port() { node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"; }

psql_admin() { as_pg env PGOPTIONS="-c client_min_messages=warning" "$(pg_bin)/psql" -h "$PGDIR" -p "$(cat "$PGDIR/port")" -U postgres -X -q -v ON_ERROR_STOP=1 "$@"; }

stop() {
  local pid
  if pid=$(central_pid); then
    log "stopping Central (pid $pid)"
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null || true
  fi
  rm -f "$WORK/central.pid"
  if [ -n "$(pg_bin)" ] && pg_running; then
    log "stopping PostgreSQL"
    as_pg "$(pg_bin)/pg_ctl" -D "$PGDIR/data" -m fast -w stop >/dev/null
  fi
}

status() {
  local rc=0
  if pid=$(central_pid); then echo "central: running (pid $pid) http://127.0.0.1:$PORT/v1"; else echo "central: stopped"; rc=1; fi
  if [ -n "$(pg_bin)" ] && pg_running; then echo "postgres: running on 127.0.0.1:$(cat "$PGDIR/port")"; else echo "postgres: stopped"; rc=1; fi
  return $rc
}

# --- Node: Central pins a Node major in package.json "engines" (and .npmrc has engine-strict) ---
ensure_node() {
  local want have arch ver
  want=$(node -p "require('$SRC/package.json').engines.node.match(/\\d+/)[0]" 2>/dev/null) \
    || die "need some node + npm on PATH to bootstrap"
  have=$(node -p 'process.versions.node.split(".")[0]')
  [ "$want" = "$have" ] && return 0
  case $(uname -m) in x86_64) arch=x64 ;; aarch64) arch=arm64 ;; *) die "no Node $want for $(uname -m)" ;; esac
  # the exact version Central's volta pin names, else the newest of that major
  ver=$(node -p "((require('$SRC/package.json').volta||{}).node)||''")
  [ -n "$ver" ] && [ "${ver%%.*}" = "$want" ] || ver=$want
  if [ ! -x "$WORK/node/node_modules/node-linux-$arch/bin/node" ] \
     || [ "$("$WORK/node/node_modules/node-linux-$arch/bin/node" -p 'process.versions.node.split(".")[0]')" != "$want" ]; then
    log "system node is v$have, Central wants $want: installing node-linux-$arch@$ver from the npm registry"
    mkdir -p "$WORK/node"
    npm install --prefix "$WORK/node" --no-audit --no-fund --no-save "node-linux-$arch@$ver" >&2
  fi
  export PATH="$WORK/node/node_modules/node-linux-$arch/bin:$PATH"
}

# --- PostgreSQL cluster, role, database, extensions ---
ensure_postgres() {
  if [ -z "$(pg_bin)" ]; then
    log "installing Debian postgresql"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
  fi
  local bin; bin=$(pg_bin)
  mkdir -p "$PGDIR"
  [ "$(id -u)" = 0 ] && chown postgres: "$PGDIR"
  if [ ! -f "$PGDIR/data/PG_VERSION" ]; then
    log "initdb in $PGDIR/data"
    as_pg "$bin/initdb" -D "$PGDIR/data" -U postgres -E UTF8 --locale=C.UTF-8 \
      --auth-local=trust --auth-host=scram-sha-256 >/dev/null
  fi
  if ! pg_running; then
    free_port | as_pg tee "$PGDIR/port" >/dev/null
    log "starting PostgreSQL on 127.0.0.1:$(cat "$PGDIR/port")"
    as_pg "$bin/pg_ctl" -D "$PGDIR/data" -l "$PGDIR/log" -w \
      -o "-p $(cat "$PGDIR/port") -h 127.0.0.1 -k $PGDIR" start >/dev/null
  fi
  psql_admin -d postgres <<SQL
SELECT 'CREATE ROLE $DB_USER LOGIN PASSWORD ''$DB_PASS''' WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$DB_USER')\gexec
SELECT 'CREATE DATABASE $DB_NAME OWNER $DB_USER ENCODING ''UTF8''' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = '$DB_NAME')\gexec
SQL
  psql_admin -d "$DB_NAME" -c 'CREATE EXTENSION IF NOT EXISTS citext; CREATE EXTENSION IF NOT EXISTS pg_trgm; CREATE EXTENSION IF NOT EXISTS pgrowlocks;'
}

# --- Central's config (node-config reads $NODE_CONFIG_DIR/$NODE_CONFIG_ENV.json; keys live under "default") ---
write_config() {
  mkdir -p "$WORK/config"
  cat > "$WORK/config/daftari.json" <<JSON
{
  "default": {
    "database": { "host": "127.0.0.1", "port": $(cat "$PGDIR/port"), "user": "$DB_USER", "password": "$DB_PASS", "database": "$DB_NAME" },
    "server": { "port": $PORT },
    "email": { "serviceAccount": "no-reply@daftari.test", "transport": "json" },
    "xlsform": {},
    "enketo": {},
    "env": { "domain": "http://127.0.0.1:$PORT", "sysadminAccount": "no-reply@daftari.test" },
    "external": { "sentry": {}, "analytics": {}, "mailingListOptIn": {}, "s3blobStore": {} },
    "sessionLifetime": 86400
  }
}
JSON
  # run-server.js calls listen(port) with no host (all interfaces); this preload binds it to 127.0.0.1
  cat > "$WORK/bind-localhost.js" <<'JS'
const net = require('net');
const listen = net.Server.prototype.listen;
net.Server.prototype.listen = function (...args) {
  if (/^\d+$/.test(String(args[0])) && typeof args[1] !== 'string') args.splice(1, 0, '127.0.0.1');
  else if (args[0] && typeof args[0] === 'object' && args[0].port != null && args[0].host == null) args[0] = { ...args[0], host: '127.0.0.1' };
  return listen.apply(this, args);
};
JS
  export NODE_CONFIG_DIR="$WORK/config" NODE_CONFIG_ENV=daftari PGAPPNAME=odkcentral
  unset PGHOST PGPORT PGUSER PGPASSWORD PGDATABASE PGSERVICE   # Central lets PG* env override its config
}

ensure_admin() {
  local q="SELECT count(*) FROM users u JOIN actors a ON a.id = u.\"actorId\" WHERE u.email = '$EMAIL' AND a.\"deletedAt\" IS NULL"
  if [ "$(psql_admin -d "$DB_NAME" -tA -c "$q")" = 0 ]; then
    log "creating admin $EMAIL"
    printf '%s\n' "$PASSWORD" | node lib/bin/cli.js -u "$EMAIL" user-create >/dev/null
  else
    printf '%s\n' "$PASSWORD" | node lib/bin/cli.js -u "$EMAIL" user-set-password >/dev/null
  fi
  q="SELECT count(*) FROM assignments s JOIN roles r ON r.id = s.\"roleId\" JOIN users u ON u.\"actorId\" = s.\"actorId\" WHERE r.system = 'admin' AND u.email = '$EMAIL'"
  if [ "$(psql_admin -d "$DB_NAME" -tA -c "$q")" = 0 ]; then
    node lib/bin/cli.js -u "$EMAIL" user-promote >/dev/null
  fi
}

start() {
  SRC=$(cd "${1:-${CENTRAL_SRC:?give the Central backend checkout as argument or \$CENTRAL_SRC}}" && pwd)
  [ -f "$SRC/lib/bin/run-server.js" ] || die "$SRC is not a central-backend checkout"
  mkdir -p "$WORK"; chmod 755 "$WORK"
  if central_pid >/dev/null; then log "already running"; echo "http://127.0.0.1:$PORT/v1"; return 0; fi
  ensure_node
  ensure_postgres
  write_config
  cd "$SRC"
  # npm ci only when the lock file changed since the last install (.npmrc there: engine-strict, ignore-scripts)
  if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    log "npm ci"
    npm ci --omit=dev --no-audit --no-fund >&2
  fi
  log "migrations"
  node lib/bin/run-migrations.js >&2
  ensure_admin
  log "starting Central on 127.0.0.1:$PORT (log: $WORK/central.log)"
  setsid nohup node --require "$WORK/bind-localhost.js" lib/bin/run-server.js >>"$WORK/central.log" 2>&1 < /dev/null &
  echo $! > "$WORK/central.pid"
  for _ in $(seq 120); do   # any HTTP answer (401 for anonymous) means it is up
    code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/v1/users/current" || true)
    [ "$code" != 000 ] && { echo "http://127.0.0.1:$PORT/v1"; return 0; }
    kill -0 "$(cat "$WORK/central.pid")" 2>/dev/null || { tail -20 "$WORK/central.log" >&2; die "Central exited"; }
    sleep 0.5
  done
  die "Central did not answer within 60 s (see $WORK/central.log)"
}

case ${1:-start} in
  stop) stop ;;
  status) status ;;
  start) shift || true; start "$@" ;;
  -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d' ;;
  *) start "$@" ;;
esac
