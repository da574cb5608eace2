#!/usr/bin/env bash
# run-interop.sh — AgentStore <-> Mastra, both directions, with the real Mastra packages.
#
#   interop/mastra/run-interop.sh        (from anywhere; CI runs it from the repo root after the Maven tests)
#
# Four checks, each on a fresh PostgreSQL schema or a fresh SQLite file:
#   mastra->agentstore (postgres|sqlite)  Mastra writes its sample (write-sample.mjs); AgentStore's CLI reads
#       it and must see exactly what Mastra reads (read-dump.mjs): ids, order, texts, times, runs. Then
#       `agentstore migrate` adopts the database: schema v1, nothing pending, no row changed (Mastra reads
#       the same as before, AgentStore still agrees).
#   agentstore->mastra (postgres|sqlite)  `agentstore demo` writes; Mastra reads it without init
#       (read-dump.mjs --no-init): no problems, and the same data AgentStore's CLI lists. Then Mastra
#       starts on it for real (read-dump.mjs with init: creates its ~40 other tables) and must read the
#       same, and AgentStore (status, threads, messages, runs) must still work and agree; then Mastra
#       writes its sample into the same database and both must still agree on all of it.
# Prints PASS/FAIL per check and a last line `interop: N passed, M failed`; exit 0 only if all passed.
#
# Needs: node >= 20 + npm (npm registry or cache, for `npm ci`), psql, java 17, PostgreSQL at
# AGENTSTORE_TEST_POSTGRES_URL (default postgresql://postgres@127.0.0.1:5432/test). Takes 1-2 minutes.
# KEEP_INTEROP=1 keeps the schemas, files and logs for debugging (their names are printed).
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
CLI="$ROOT/agentstore"
PG_BASE="${AGENTSTORE_TEST_POSTGRES_URL:-postgresql://postgres@127.0.0.1:5432/test}"
START=$SECONDS
# the CLI runs ~40 times, each a short JVM: start-up matters more than peak speed
export AGENTSTORE_JAVA_OPTS="${AGENTSTORE_JAVA_OPTS:--XX:+UseSerialGC -XX:TieredStopAtLevel=1}"

die() { echo "interop: $*" >&2; echo "interop: 0 passed, 1 failed (setup)"; exit 1; }

for tool in node npm psql java; do
  command -v "$tool" >/dev/null 2>&1 || die "'$tool' is not installed (needed: node >= 20 + npm, psql, java 17)"
done
node_major="$(node -p 'process.versions.node.split(".")[0]')"
(( node_major >= 20 )) || die "node $(node --version) is too old: Node 20 or newer is needed"
psql "$PG_BASE" -qAtc 'SELECT 1' >/dev/null 2>&1 || die "PostgreSQL is not reachable at $PG_BASE (set AGENTSTORE_TEST_POSTGRES_URL)"

WORK="$(mktemp -d "${TMPDIR:-/tmp}/agentstore-interop.XXXXXX")"
TAG="$(date +%s)_$$"
SCHEMAS=()
pg_url() { if [[ "$PG_BASE" == *\?* ]]; then echo "$PG_BASE&schema=$1"; else echo "$PG_BASE?schema=$1"; fi; }
cleanup() {
  if [[ "${KEEP_INTEROP:-}" == 1 ]]; then
    echo "interop: kept $WORK and schemas: ${SCHEMAS[*]:-none}" >&2
    return
  fi
  for s in "${SCHEMAS[@]:-}"; do
    [[ -n "$s" ]] && psql "$PG_BASE" -qAtc "DROP SCHEMA IF EXISTS \"$s\" CASCADE" >/dev/null 2>&1 || true
  done
  rm -rf "$WORK"
}
trap cleanup EXIT

echo "==> interop: npm ci (Mastra $(node -p "require('$HERE/package.json').dependencies['@mastra/core']"), quiet)"
if ! (cd "$HERE" && npm ci --no-audit --no-fund --loglevel=error >"$WORK/npm.log" 2>&1); then
  cat "$WORK/npm.log" >&2
  die "npm ci failed in $HERE (see above)"
fi
# first call may build the CLI jar (when sources are newer): do it here, not inside a timed check
if ! cli_version="$("$CLI" --version 2>"$WORK/cli-build.log")"; then
  cat "$WORK/cli-build.log" >&2
  die "the AgentStore CLI ($CLI) does not run"
fi
echo "==> interop: ${cli_version%%$'\n'*}"

mastra() { node "$HERE/$1" "${@:2}"; }
as() { "$CLI" "$@"; }
# runs "$@", saving stdout to $out; on failure shows stderr and fails the check
run_json() {
  local out="$1"; shift
  local rc=0
  "$@" >"$out" 2>"$out.err" || rc=$?
  if (( rc != 0 )); then
    echo "command failed (exit $rc): $*" >&2
    head -n 60 "$out.err" "$out" >&2
    return 1
  fi
}
# read-dump.mjs: exit 1 only means it listed `problems`; compare.mjs reports them along with every
# other difference, so only exit 2 (Mastra threw) stops the check here
read_dump() {
  local out="$1"; shift
  local rc=0
  node "$HERE/read-dump.mjs" "$@" >"$out" 2>"$out.err" || rc=$?
  if (( rc != 0 && rc != 1 )); then
    echo "Mastra could not read the database (read-dump.mjs exit $rc): $*" >&2
    head -n 60 "$out.err" "$out" >&2
    return 1
  fi
}
# a comparison: a difference fails the check, but the later steps still run (to show everything)
DIFFS=0
compare() { node "$HERE/compare.mjs" "$@" || DIFFS=$((DIFFS + 1)); }
resources_args() { node -e 'for (const r of JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")).resources) console.log("--resource\n" + r)' "$1"; }

# ---- Mastra writes, AgentStore reads ------------------------------------------------------
check_mastra_to_agentstore() {
  local url="$1" d="$2" label="$3"
  run_json "$d/write.json" mastra write-sample.mjs "$url"
  read_dump "$d/mastra.json" "$url" --no-init
  # AgentStore reads a database only Mastra has touched (no AgentStore init yet)
  compare --url "$url" --mastra "$d/mastra.json" --label "$label, before adopting"
  # AgentStore adopts it: migrate must keep every row, Mastra must read exactly the same after
  run_json "$d/migrate.json" as migrate --url "$url" --json
  read_dump "$d/mastra-after.json" "$url" --no-init
  compare --same "$d/mastra.json" "$d/mastra-after.json" --label "$label, after agentstore migrate"
  compare --url "$url" --mastra "$d/mastra-after.json" --check-status --label "$label, after adopting"
}

# ---- AgentStore writes, Mastra reads ------------------------------------------------------
check_agentstore_to_mastra() {
  local url="$1" d="$2" label="$3"
  run_json "$d/demo.json" as demo --url "$url" --json
  local -a res
  mapfile -t res < <(resources_args "$d/demo.json")
  # Mastra reads exactly what AgentStore wrote, creating and altering nothing
  read_dump "$d/mastra.json" "$url" --no-init "${res[@]}"
  compare --url "$url" --mastra "$d/mastra.json" --demo "$d/demo.json" --check-status --label "$label, Mastra without init"
  # a Mastra app starts on the AgentStore database: init adds its ~40 other tables; both must read as before
  read_dump "$d/mastra-init.json" "$url" "${res[@]}"
  compare --same "$d/mastra.json" "$d/mastra-init.json" --label "$label, after Mastra's init"
  compare --url "$url" --mastra "$d/mastra-init.json" --check-status --label "$label, after Mastra's init"
  # ... and writes into it (upserts on AgentStore's constraints); AgentStore's migrate stays a no-op
  run_json "$d/write.json" mastra write-sample.mjs "$url"
  run_json "$d/migrate.json" as migrate --url "$url" --json
  read_dump "$d/mastra-mixed.json" "$url" --no-init "${res[@]}"
  compare --url "$url" --mastra "$d/mastra-mixed.json" --check-status --label "$label, after Mastra wrote too"
  return $(( DIFFS > 0 ))
}

PASSED=0
FAILED=0
FAILED_NAMES=()
run_check() {
  local name="$1" fn="$2" kind="$3"
  local d="$WORK/${name//[^a-z0-9]/_}"
  mkdir -p "$d"
  local url
  if [[ "$kind" == postgres ]]; then
    local schema="interop_${fn#check_}_$TAG"
    schema="${schema:0:63}"
    SCHEMAS+=("$schema")
    url="$(pg_url "$schema")"
  else
    url="file:$d/store.db"
  fi
  local t0=$SECONDS rc
  # a subshell with errexit: any failing step fails this check only, and the others still run
  set +e
  ( set -e; "$fn" "$url" "$d" "$name" ) >"$d/log" 2>&1
  rc=$?
  set -e
  if (( rc == 0 )); then
    PASSED=$((PASSED + 1))
    echo "PASS  $name ($((SECONDS - t0)) s)"
    sed 's/^/      /' "$d/log"
  else
    FAILED=$((FAILED + 1))
    FAILED_NAMES+=("$name")
    echo "FAIL  $name ($((SECONDS - t0)) s, url $url)"
    sed 's/^/      /' "$d/log"
  fi
}

run_check "mastra->agentstore (postgres)" check_mastra_to_agentstore postgres
run_check "mastra->agentstore (sqlite)" check_mastra_to_agentstore sqlite
run_check "agentstore->mastra (postgres)" check_agentstore_to_mastra postgres
run_check "agentstore->mastra (sqlite)" check_agentstore_to_mastra sqlite

echo "interop: $PASSED passed, $FAILED failed in $((SECONDS - START)) s${FAILED_NAMES[*]:+ (failed: ${FAILED_NAMES[*]})}"
(( FAILED == 0 ))
