#!/usr/bin/env bash
# A throw-away PostgreSQL primary with one streaming replica, for the read-replica tests.
#
#   pg-replica-pair.sh start DIR PRIMARY_PORT REPLICA_PORT
#   pg-replica-pair.sh stop  DIR
#
# Both clusters live under DIR and listen on 127.0.0.1 only (no Unix sockets). TCP logins need
# a password (scram-sha-256): user postgres, password $PG_PAIR_PASSWORD (default
# agentstore-test), so tests can also check what a wrong password does. They are made with the
# server binaries of the installed PostgreSQL (PG_BIN overrides).
# The pair is its own: the machine's main cluster is never touched. PostgreSQL refuses to run
# as root, so as root the clusters run as the 'postgres' user.
set -euo pipefail

cmd="${1:?usage: pg-replica-pair.sh start|stop DIR [PRIMARY_PORT REPLICA_PORT]}"
dir="${2:?the directory for the two clusters}"

find_bin() {
  if [[ -n "${PG_BIN:-}" ]]; then echo "$PG_BIN"; return; fi
  local d
  d="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
  if [[ -n "$d" && -x "$d/initdb" ]]; then echo "$d"; return; fi
  d="$(dirname "$(command -v initdb 2>/dev/null || echo /nonexistent/initdb)")"
  if [[ -x "$d/initdb" ]]; then echo "$d"; return; fi
  echo "no PostgreSQL server binaries (initdb, pg_ctl, pg_basebackup) found; install the PostgreSQL server or set PG_BIN" >&2
  exit 3
}

as_pg() {
  if [[ "$(id -u)" == 0 ]]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

bin="$(find_bin)"
password="${PG_PAIR_PASSWORD:-agentstore-test}"

case "$cmd" in
  start)
    pport="${3:?primary port}"
    rport="${4:?replica port}"
    mkdir -p "$dir"
    if [[ "$(id -u)" == 0 ]]; then chown postgres "$dir"; fi
    printf '%s\n' "$password" >"$dir/pwfile"
    if [[ "$(id -u)" == 0 ]]; then chown postgres "$dir/pwfile"; fi
    as_pg "$bin/initdb" -D "$dir/primary" -U postgres --auth-local=trust --auth-host=scram-sha-256 --pwfile="$dir/pwfile" \
      -E UTF8 --no-sync >"$dir/initdb.log" 2>&1 \
      || { cat "$dir/initdb.log" >&2; exit 1; }
    rm -f "$dir/pwfile"
    # Speed over durability: the pair is thrown away after the tests.
    cat >>"$dir/primary/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
unix_socket_directories = ''
port = $pport
wal_level = replica
max_wal_senders = 4
fsync = off
full_page_writes = off
shared_buffers = 32MB
max_connections = 60
CONF
    as_pg "$bin/pg_ctl" -D "$dir/primary" -l "$dir/primary.log" -w -t 60 start >/dev/null \
      || { cat "$dir/primary.log" >&2; exit 1; }
    as_pg env PGPASSWORD="$password" "$bin/pg_basebackup" -h 127.0.0.1 -p "$pport" -U postgres -D "$dir/replica" -R -X stream >"$dir/basebackup.log" 2>&1 \
      || { cat "$dir/basebackup.log" >&2; exit 1; }
    echo "port = $rport" | as_pg tee -a "$dir/replica/postgresql.conf" >/dev/null
    as_pg "$bin/pg_ctl" -D "$dir/replica" -l "$dir/replica.log" -w -t 60 start >/dev/null \
      || { cat "$dir/replica.log" >&2; exit 1; }
    echo "primary 127.0.0.1:$pport, replica 127.0.0.1:$rport"
    ;;
  stop)
    for c in replica primary; do
      if [[ -f "$dir/$c/postmaster.pid" ]]; then
        as_pg "$bin/pg_ctl" -D "$dir/$c" -m immediate -w stop >/dev/null 2>&1 || true
      fi
    done
    rm -rf "$dir"
    ;;
  *)
    echo "unknown command $cmd (start or stop)" >&2
    exit 2
    ;;
esac
