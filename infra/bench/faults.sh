#!/usr/bin/env bash
# The fault runs of docs/benchmarks.md: two Balai instances behind HAProxy (Debian's package) sharing one
# PostgreSQL, all on loopback. Citizens (id.balai.bench.Submitter, 16 at a time) send 10 000 web complaints with
# idempotency keys and retry on failure; mid-run
#   1. one instance is killed with SIGKILL;
#   2. PostgreSQL is stopped hard (immediate shutdown, i.e. crash recovery on start) and started again 5 s later.
# After each run the database is checked: every acknowledged submission stored exactly once with its tracking
# number, nothing stored that was not acknowledged. Results: infra/bench/results/<date>-faults.md.
#
#   infra/bench/faults.sh [count]        (default 10000)
set -euo pipefail
BENCH_PG_PORT=${BENCH_PG_PORT:-15501}
source "$(dirname "$0")/lib.sh"

COUNT=${1:-10000}
A=9580
B=9581
LB=9590
API=http://127.0.0.1:$LB
RESULTS=$ROOT/infra/bench/results
OUT=$RESULTS/$(date -u +%Y-%m-%dT%H%M)-faults.md
mkdir -p "$RESULTS"

need_packages
build
WORK=$WORK/faults
# A fresh database every run: the checks count what this run stored, and a database left by an older build could
# hold migrations this build no longer has.
rm -rf "$WORK"
mkdir -p "$WORK"
RAW=$WORK/raw.txt
: > "$RAW"
cleanup() {
  [ -f "$WORK/haproxy.pid" ] && kill "$(cat "$WORK/haproxy.pid")" 2>/dev/null || true
  server_stop fault-a; server_stop fault-b; pg_stop
}
trap cleanup EXIT

pg_start
server_create fault-a $A
server_create fault-b $B
log "starting instance a, then b (same database, same personal-data keys)"
server_start fault-a $A >/dev/null
server_start fault-b $B >/dev/null

cat > "$WORK/haproxy.cfg" <<EOF
global
  maxconn 2000
defaults
  mode http
  timeout connect 2s
  timeout client 60s
  timeout server 60s
  retries 3
  option redispatch
  # Re-sending a request whose connection died is safe only because every public submission carries an
  # Idempotency-Key: a request that was committed before the instance died is answered from the stored result.
  retry-on conn-failure empty-response response-timeout
frontend public
  bind 127.0.0.1:$LB
  default_backend balai
backend balai
  balance roundrobin
  option httpchk GET /health/ready
  http-check expect status 200
  server a 127.0.0.1:$A check inter 1s fall 2 rise 2
  server b 127.0.0.1:$B check inter 1s fall 2 rise 2
EOF
haproxy -f "$WORK/haproxy.cfg" -D -p "$WORK/haproxy.pid"

# Regencies to write to: four synthetic ones, onboarded through the operator API.
java -cp "$(java_cp)" id.balai.bench.Generate --api "http://127.0.0.1:$A" --operator-password "$OPERATOR_PASSWORD" \
  --db "jdbc:postgresql://127.0.0.1:$PG_PORT/balai" --pii-keys "$WORK/pii-keys" --tenants 6 --complaints 0 \
  --requests 0 --register-entries 0 >/dev/null
psql_su -At -c "select tenant_id from tenant where tenant_id like 'kab-bench-%' order by 1" > "$WORK/tenants.txt"
wait_tenants_known "$WORK/tenants.txt" $A $B

wait_for_progress() { # file count
  for _ in $(seq 1 3000); do
    local v
    v=$(cat "$1" 2>/dev/null || true)
    [ "${v:-0}" -ge "$2" ] && return 0
    sleep 0.1
  done
  return 1
}

run_fault() { # name action
  local name=$1 action=$2 run
  run="$name-$(date +%s)"
  rm -f "$WORK/progress-$name"
  log "run $name: $COUNT submissions"
  java -cp "$(java_cp)" id.balai.bench.Submitter --api "$API" --run "$run" --count "$COUNT" --concurrency 16 \
    --tenants "$WORK/tenants.txt" --progress "$WORK/progress-$name" --acks "$WORK/acks-$name.csv" > "$WORK/submit-$name.txt" &
  local client=$!
  wait_for_progress "$WORK/progress-$name" $((COUNT * 3 / 10))
  log "  $(cat "$WORK/progress-$name") acknowledged: $action"
  $action
  wait $client
  echo "$name $(grep '^SUBMITTED' "$WORK/submit-$name.txt")" | tee -a "$RAW"
  echo "$name $(java -cp "$(java_cp)" id.balai.bench.Submitter --verify --run "$run" --acks "$WORK/acks-$name.csv" \
    --db "jdbc:postgresql://127.0.0.1:$PG_PORT/balai" | grep '^VERIFIED')" | tee -a "$RAW"
}

kill_instance_a() {
  kill -9 "$(server_pid fault-a)"
  echo "kill9 instance a at $(date -u +%H:%M:%S)" >> "$RAW"
}

restart_postgres() {
  runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$WORK/pgdata" -m immediate -w stop >/dev/null
  echo "postgres stopped (immediate) at $(date -u +%H:%M:%S)" >> "$RAW"
  sleep 5
  runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$WORK/pgdata" -l "$WORK/pgdata/server.log" -w -t 120 start >/dev/null
  echo "postgres started at $(date -u +%H:%M:%S)" >> "$RAW"
}

run_fault kill9 kill_instance_a
log "restarting instance a"
server_stop fault-a
server_start fault-a $A >/dev/null
run_fault pgrestart restart_postgres
# The instances recovered without a restart: both ready again, and a new submission goes through each.
for port in $A $B; do
  code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/health/ready")
  sub=$(curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' -H "Idempotency-Key: after-$port-$(date +%s)" \
    -H "X-Forwarded-For: 10.88.0.$((port % 250))" -d '{"type":"COMPLAINT","title":"Setelah pemulihan","description":"Uji setelah basis data dinyalakan ulang.","category":"JALAN","anonymous":true}' \
    "http://127.0.0.1:$port/api/t/$(head -1 "$WORK/tenants.txt")/complaints")
  echo "after_recovery port=$port ready=$code submit=$sub" | tee -a "$RAW"
done

write_results "$OUT" "Fault runs" "infra/bench/faults.sh $COUNT" "$RAW" "two Balai instances behind HAProxy $(haproxy -v | head -1 | awk '{print $3}'), all on loopback."
