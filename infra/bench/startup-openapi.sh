#!/usr/bin/env bash
# Start-up with the OpenAPI document made at build time against the same server scanning its classes at start
# (issue 19 item 5): starts `./mvnw -Prun` (embedded PostgreSQL, the two sample regencies) alternately with the
# default (mp.openapi.scan.disable=true) and with MP_OPENAPI_SCAN_DISABLE=false, ROUNDS times each, and prints
# Liberty's own timings (CWWKZ0001I: the application; CWWKF0011I: the server) and the number of paths /openapi serves.
# Needs port 9080 free. Usage: infra/bench/startup-openapi.sh [ROUNDS]
set -euo pipefail
cd "$(dirname "$0")/../.."
ROUNDS=${1:-2}
LOG=server/target/liberty/wlp/usr/servers/defaultServer/logs/messages.log

start_once() { # label, value of MP_OPENAPI_SCAN_DISABLE or empty
  rm -f "$LOG"
  if [ -n "$2" ]; then export MP_OPENAPI_SCAN_DISABLE="$2"; else unset MP_OPENAPI_SCAN_DISABLE; fi
  setsid ./mvnw -o -q -B -Prun -DskipTests > "target-startup-$1.log" 2>&1 &
  local pid=$!
  for _ in $(seq 1 600); do
    if [ -f "$LOG" ] && grep -q CWWKF0011I "$LOG"; then break; fi
    sleep 1
  done
  local app srv paths
  app=$(grep -o 'Application balai started in [0-9.]* seconds' "$LOG" | tail -1 | grep -o '[0-9.]*' | head -1)
  srv=$(grep -o 'server started in [0-9.]* seconds' "$LOG" | tail -1 | grep -o '[0-9.]*' | head -1)
  paths=$(curl -s http://127.0.0.1:9080/openapi -H 'Accept: application/json' \
    | python3 -c 'import json,sys; print(len(json.load(sys.stdin)["paths"]))')
  echo "$1 application_s=$app server_s=$srv openapi_paths=$paths"
  kill -- -"$pid" 2>/dev/null || true
  sleep 2
  server/target/liberty/wlp/bin/server stop defaultServer >/dev/null 2>&1 || true
  rm -f "target-startup-$1.log"
  sleep 3
}

start_once warm-up ""
for r in $(seq 1 "$ROUNDS"); do
  start_once "build-time-$r" ""
  start_once "scan-at-start-$r" false
done
