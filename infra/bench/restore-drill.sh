#!/usr/bin/env bash
# The backup and restore drill of docs/benchmarks.md and docs/operations.md, on loopback, with Debian's PostgreSQL
# and pgBackRest:
#   1. PostgreSQL archives its WAL into a pgBackRest repository; one Balai instance serves citizens
#      (id.balai.bench.Submitter, 16 at a time) who send [count] web complaints;
#   2. while they do, a full backup (at 20 %), an incremental backup (at 50 %), and the target time (at 75 %);
#   3. when they are done, Balai and PostgreSQL stop; the repository is restored to the target time into a fresh
#      data directory, which PostgreSQL opens on another port;
#   4. Balai starts on the restored data; the audit chain of every regency is walked through Balai's own API
#      (GET /api/t/{tenant}/audit/verify); every submission acknowledged before the target time must be there,
#      once, with its tracking number.
# Results: infra/bench/results/<date>-restore.md.
#
#   infra/bench/restore-drill.sh [count]        (default 10000)
set -euo pipefail
BENCH_PG_PORT=15530
source "$(dirname "$0")/lib.sh"

COUNT=${1:-10000}
A=9584
API=http://127.0.0.1:$A
RESTORED_PORT=15531
RESULTS=$ROOT/infra/bench/results
OUT=$RESULTS/$(date -u +%Y-%m-%dT%H%M)-restore.md
mkdir -p "$RESULTS"

need_packages
if ! command -v pgbackrest >/dev/null || [ -z "$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null)" ]; then
  log "installing pgbackrest and postgresql (Debian packages)"
  apt-get update -q >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends pgbackrest postgresql >/dev/null
fi
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
build
WORK=$WORK/restore
rm -rf "$WORK"
mkdir -p "$WORK"/{repo,log,lock,spool}
RAW=$WORK/raw.txt
: > "$RAW"
PGDATA=$WORK/pgdata
RESTORED=$WORK/restored
CONF=$WORK/pgbackrest.conf
as_pg() { runuser -u postgres -- "$@"; }
backrest() { as_pg pgbackrest --config="$CONF" --stanza=balai "$@"; }
cleanup() {
  server_stop drill; server_stop drill-restored
  for d in "$PGDATA" "$RESTORED"; do
    [ -f "$d/postmaster.pid" ] && as_pg "$PG_BIN/pg_ctl" -D "$d" -m fast -w stop >/dev/null 2>&1 || true
  done
}
trap cleanup EXIT

cat > "$CONF" <<EOF
[global]
repo1-path=$WORK/repo
repo1-retention-full=2
log-path=$WORK/log
lock-path=$WORK/lock
spool-path=$WORK/spool
archive-async=n
start-fast=y
process-max=2
log-level-console=warn
log-level-file=info

[balai]
pg1-path=$PGDATA
pg1-port=$BENCH_PG_PORT
pg1-socket-path=$WORK
pg1-user=postgres
EOF
chown -R postgres "$WORK"

log "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') archiving its WAL into pgBackRest"
as_pg "$PG_BIN/initdb" -D "$PGDATA" -U postgres -A trust -E UTF8 --locale=C.UTF-8 --data-checksums >/dev/null
cat >> "$PGDATA/postgresql.conf" <<EOF
listen_addresses = '127.0.0.1'
port = $BENCH_PG_PORT
unix_socket_directories = '$WORK'
fsync = on
synchronous_commit = on
full_page_writes = on
max_connections = 300
timezone = 'UTC'
shared_buffers = 1GB
max_wal_size = 4GB
wal_level = replica
archive_mode = on
archive_command = 'pgbackrest --config=$CONF --stanza=balai archive-push %p'
EOF
as_pg "$PG_BIN/pg_ctl" -D "$PGDATA" -l "$WORK/pg.log" -w -t 120 start >/dev/null
backrest stanza-create
backrest check
PGDATABASE_BENCH=postgres psql_su -c "create database balai" >/dev/null

server_create drill $A
log "Balai on it"
server_start drill $A >/dev/null
java -cp "$(java_cp)" id.balai.bench.Generate --api "$API" --operator-password "$OPERATOR_PASSWORD" \
  --db "jdbc:postgresql://127.0.0.1:$BENCH_PG_PORT/balai" --pii-keys "$WORK/pii-keys" --tenants 4 --complaints 0 \
  --requests 0 --register-entries 0 --first-admins "$WORK/first-admins.txt" >/dev/null
psql_su -At -c "select tenant_id from tenant where tenant_id like 'kab-bench-%' order by 1" > "$WORK/tenants.txt"

run="restore-$(date +%s)"
log "$COUNT submissions; backups while they run"
java -cp "$(java_cp)" id.balai.bench.Submitter --api "$API" --run "$run" --count "$COUNT" --concurrency 16 \
  --tenants "$WORK/tenants.txt" --progress "$WORK/progress" --acks "$WORK/acks.csv" > "$WORK/submit.txt" &
client=$!
at_progress() { # percent
  for _ in $(seq 1 6000); do
    local v
    v=$(cat "$WORK/progress" 2>/dev/null || true)
    [ "${v:-0}" -ge $((COUNT * $1 / 100)) ] && return 0
    sleep 0.1
  done
}
timed_backup() { # type
  local t0 t1
  t0=$(date +%s.%N)
  backrest --type="$1" backup
  t1=$(date +%s.%N)
  echo "backup type=$1 acknowledged_when_started=$2 seconds=$(awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.1f", b - a}')" | tee -a "$RAW"
}
at_progress 20
timed_backup full "$(cat "$WORK/progress")"
at_progress 50
timed_backup incr "$(cat "$WORK/progress")"
at_progress 75
TARGET_MS=$(date +%s%3N)
TARGET=$(date -u -d "@$((TARGET_MS / 1000))" +'%Y-%m-%d %H:%M:%S').$(printf '%03d' $((TARGET_MS % 1000)))+00
echo "target time=$TARGET acknowledged_by_then=$(cat "$WORK/progress")" | tee -a "$RAW"
wait $client
echo "$(grep '^SUBMITTED' "$WORK/submit.txt")" | tee -a "$RAW"
# The WAL after the target must be in the repository too: check switches to a new segment and waits for the archive.
backrest check
backrest info | sed 's/^/  /' | tee -a "$RAW"

log "stopping Balai and PostgreSQL; restoring to $TARGET into a fresh data directory"
server_stop drill
as_pg "$PG_BIN/pg_ctl" -D "$PGDATA" -m fast -w stop >/dev/null
mkdir -p "$RESTORED" && chown postgres "$RESTORED" && chmod 700 "$RESTORED"
t0=$(date +%s.%N)
backrest --pg1-path="$RESTORED" --type=time --target="$TARGET" --target-action=promote restore
# The restored copy must not archive into the repository of the cluster it was restored from, nor take its port.
as_pg "$PG_BIN/pg_ctl" -D "$RESTORED" -l "$WORK/restored.log" -w -t 600 \
  -o "-p $RESTORED_PORT -c archive_mode=off" start >/dev/null
for _ in $(seq 1 1200); do
  [ "$(psql -h 127.0.0.1 -p $RESTORED_PORT -U postgres -d postgres -Atc 'select pg_is_in_recovery()' 2>/dev/null)" = f ] && break
  sleep 0.5
done
t1=$(date +%s.%N)
echo "restore seconds_to_open=$(awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.1f", b - a}') $(grep -m1 -o 'recovery stopping before commit of transaction [0-9]*, time .*' "$WORK/restored.log" || grep -m1 -o 'recovery stopping .*' "$WORK/restored.log" || true)" | tee -a "$RAW"

PG_PORT=$RESTORED_PORT
server_create drill-restored $A
log "Balai on the restored data"
echo "balai_on_restored_data ready_after_s=$(server_start drill-restored $A)" | tee -a "$RAW"
echo "$(java -cp "$(java_cp)" id.balai.bench.Submitter --verify --run "$run" --acks "$WORK/acks.csv" --acked-before "$TARGET_MS" \
  --db "jdbc:postgresql://127.0.0.1:$RESTORED_PORT/balai" | grep '^VERIFIED')" | tee -a "$RAW"

# The audit chains, walked by Balai itself: each regency's admin signs in with the initial password, sets a new one
# (a one-time password opens only that step), signs in again and asks for the verification.
NEW_PASSWORD=Drill-restore-2026-throwaway
chains_ok=0
chains=0
for t in $(psql -h 127.0.0.1 -p $RESTORED_PORT -U postgres -d balai -Atc "select tenant_id from tenant order by 1"); do
  pw=$(initial_password "$t" admin)
  [ -n "$pw" ] || { echo "audit tenant=$t no initial admin password on record" | tee -a "$RAW"; continue; }
  token=$(login "$t" admin "$pw")
  curl -sf -o /dev/null -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
    -d "{\"currentPassword\":\"$pw\",\"newPassword\":\"$NEW_PASSWORD\"}" "$API/api/auth/password"
  token=$(login "$t" admin "$NEW_PASSWORD")
  answer=$(curl -s -H "Authorization: Bearer $token" "$API/api/t/$t/audit/verify")
  echo "audit tenant=$t $answer" | tee -a "$RAW"
  chains=$((chains + 1))
  echo "$answer" | grep -q '"valid":true' && chains_ok=$((chains_ok + 1))
done
echo "audit_chains verified=$chains_ok of=$chains" | tee -a "$RAW"

write_results "$OUT" "Backup and restore drill (pgBackRest)" "infra/bench/restore-drill.sh $COUNT" "$RAW" \
  "pgBackRest $(pgbackrest version | awk '{print $2}'), one Balai instance, all on loopback."
