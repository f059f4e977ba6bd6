#!/usr/bin/env bash
# The benchmark harness of docs/benchmarks.md: measures, in one run on this machine, the machine's own limits
# (pgbench single-row inserts on the same PostgreSQL, a trivial JAX-RS endpoint on the same Liberty) and Balai
# against them (submissions, tracking and register reads, search, LLID, the provincial view, start-up, memory).
#
#   infra/bench/bench.sh [small|full|tenants] (default full: 508 tenants, 10 million cases, 1 million register entries;
#                                            tenants: the 508 tenants alone, for BENCH_PHASES=startup)
#
# It builds what it needs, starts PostgreSQL and one Balai instance on loopback (infra/bench/lib.sh), generates the
# data (id.balai.bench.Generate; kept in infra/bench/target/run between runs of the same scale), runs wrk and
# pgbench, and writes infra/bench/results/<date>-<scale>.md. Not part of `./mvnw verify`.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

SCALE=${1:-full}
case $SCALE in
  full) TENANTS=508 COMPLAINTS=9000000 REQUESTS=1000000 ENTRIES=1000000 BIG_REQUESTS=100000 BIG_ENTRIES=200000 ;;
  small) TENANTS=30 COMPLAINTS=200000 REQUESTS=30000 ENTRIES=60000 BIG_REQUESTS=10000 BIG_ENTRIES=20000 ;;
  # every regency of the full scale and no records: for the start-up measurement alone (BENCH_PHASES=startup)
  tenants) TENANTS=508 COMPLAINTS=0 REQUESTS=0 ENTRIES=0 BIG_REQUESTS=0 BIG_ENTRIES=0 ;;
  *) echo "usage: $0 [small|full|tenants]" >&2; exit 2 ;;
esac
DURATION=${BENCH_SECONDS:-20}
PORT=9480
API=http://127.0.0.1:$PORT
BIG=luwu-timur
RESULTS=$ROOT/infra/bench/results
OUT=$RESULTS/$(date -u +%Y-%m-%dT%H%M)-$SCALE.md
RAW=$WORK/raw-$SCALE.txt
mkdir -p "$RESULTS"

need_packages
build
WORK=$WORK/$SCALE
mkdir -p "$WORK"
: > "$RAW"
trap 'server_stop bench-a; pg_stop' EXIT

pg_start
server_create bench-a $PORT
log "starting Balai (bench-a)"
first_start=$(server_start bench-a $PORT)
log "ready after ${first_start}s"

if [ ! -f "$WORK/generated" ]; then
  log "generating data: $TENANTS tenants, $COMPLAINTS complaints, $REQUESTS requests, $ENTRIES register entries"
  gen_t0=$(date +%s)
  java -Xmx4g -cp "$(java_cp)" id.balai.bench.Generate --api "$API" --operator-password "$OPERATOR_PASSWORD" \
    --db "jdbc:postgresql://127.0.0.1:$PG_PORT/balai" --db-user postgres --pii-keys "$WORK/pii-keys" \
    --tenants $TENANTS --complaints $COMPLAINTS --requests $REQUESTS --register-entries $ENTRIES \
    --big-tenant $BIG --big-tenant-requests $BIG_REQUESTS --big-tenant-entries $BIG_ENTRIES --big-tenant-year 2025 \
    --seed 42 --to 2026-11-20 --samples "$WORK/samples.csv" | tee -a "$RAW"
  echo "generate_seconds=$(( $(date +%s) - gen_t0 ))" | tee -a "$RAW"
  touch "$WORK/generated"
fi
if [ "${BENCH_GENERATE_ONLY:-}" = 1 ]; then
  log "data generated in $WORK (BENCH_GENERATE_ONLY=1: no measurements)"
  exit 0
fi
psql_su -At -c "select 'db_size=' || pg_size_pretty(pg_database_size('balai'))" | tee -a "$RAW"
psql_su -At -c "select 'tenants=' || count(*) from tenant" | tee -a "$RAW"
psql_su -At -c "select 'complaints=' || count(*) from complaint" | tee -a "$RAW"
psql_su -At -c "select 'requests=' || count(*) from information_request" | tee -a "$RAW"
psql_su -At -c "select 'register_entries=' || count(*) from register_entry" | tee -a "$RAW"
psql_su -At -c "select 'big_tenant_requests_2025=' || count(*) from information_request where tenant_id = '$BIG' and received_on between '2025-01-01' and '2025-12-31'" | tee -a "$RAW"
psql_su -At -c "select 'big_tenant_entries=' || count(*) from register_entry where tenant_id = '$BIG'" | tee -a "$RAW"
psql_su -At -c "select slug from (select tenant_id slug from tenant where tenant_id like 'kab-bench-%' order by 1) t" > "$WORK/bench-tenants.txt"

WRK=$ROOT/infra/bench/wrk
# BENCH_PHASES=limits,submit,read,search,llid,province,startup (default: all) runs only those measurements.
want() { [ -z "${BENCH_PHASES:-}" ] || [[ ",$BENCH_PHASES," == *",$1,"* ]]; }
run_wrk() { # label connections script args...
  local label=$1 c=$2 script=$3; shift 3
  local threads=$(( c < 2 ? 1 : 2 ))
  local line
  line=$(wrk -t$threads -c"$c" -d"${DURATION}s" --timeout 10s -s "$WRK/$script" "$API" -- "$@" | grep '^RESULT' || true)
  echo "$label c=$c $line" | tee -a "$RAW"
}

if want limits; then
# 1. the machine's limits
log "pgbench: single-row insert transactions"
psql_su -c "drop table if exists bench_insert; create table bench_insert (id bigserial primary key, tenant_id varchar(50) not null, payload text not null, created_at timestamptz not null default now())"
cat > "$WORK/insert.sql" <<'EOF'
\set t random(1, 508)
insert into bench_insert (tenant_id, payload) values ('tenant-' || :t, 'Jalan berlubang di Desa Tanjung Raja, mohon segera diperbaiki');
EOF
for c in 1 8 32 64; do
  tps=$(pgbench -h 127.0.0.1 -p $PG_PORT -U postgres -n -M prepared -c $c -j $(( c < 2 ? 1 : 2 )) -T "$DURATION" -f "$WORK/insert.sql" balai 2>/dev/null |
    awk '/^tps/ {print $3; exit}')
  echo "pgbench_insert c=$c tps=$tps" | tee -a "$RAW"
done
psql_su -c "drop table bench_insert"

# Limits that describe the work (issue 19 item 1): a submission's minimal writes and a tracking read's statements,
# replayed by pgbench on the generated data (infra/bench/pgbench/*.sql). The replays' rows are removed afterwards;
# their audit entries went to chains of their own (replay-NNN), so the regencies' chains stay whole.
log "pgbench: replays of a submission's writes and of a tracking read"
REPLAY=$ROOT/infra/bench/pgbench
ntenants=$(wc -l < "$WORK/bench-tenants.txt")
psql_su -c "drop table if exists bench_sample; create table bench_sample (n serial primary key, tenant varchar(50) not null, number varchar(40) not null)"
grep '^complaint,' "$WORK/samples.csv" | cut -d, -f2,3 | psql_su -c "\\copy bench_sample (tenant, number) from stdin with (format csv)"
psql_su -c "alter table bench_sample add column code_hash bytea; update bench_sample s set code_hash = c.access_code_hash from complaint c where c.tenant_id = s.tenant and c.tracking_number = s.number"
nsamples=$(psql_su -At -c "select count(*) from bench_sample")
psql_su -c "insert into audit_head (tenant_id, seq, hash) select 'replay-' || lpad(g::text, 3, '0'), 0, repeat('0', 64) from generate_series(1, $ntenants) g on conflict (tenant_id) do nothing"
for c in 8 32 64; do
  tps=$(pgbench -h 127.0.0.1 -p $PG_PORT -U postgres -n -M prepared -c $c -j 2 -T "$DURATION" -D tenants="$ntenants" \
    -f "$REPLAY/submit-replay.sql" balai 2>/dev/null | awk '/^tps/ {print $3; exit}')
  echo "pgbench_submit_replay c=$c tps=$tps" | tee -a "$RAW"
done
for c in 8 32; do
  tps=$(pgbench -h 127.0.0.1 -p $PG_PORT -U postgres -n -M prepared -c $c -j 2 -T "$DURATION" -D samples="$nsamples" \
    -f "$REPLAY/track-replay.sql" balai 2>/dev/null | awk '/^tps/ {print $3; exit}')
  echo "pgbench_track_replay c=$c tps=$tps" | tee -a "$RAW"
done
psql_su <<'SQL'
delete from audit_journal where tenant_id like 'replay-%';
delete from audit_entry where tenant_id like 'replay-%';
delete from audit_head where tenant_id like 'replay-%';
delete from complaint_event where complaint_id in (select id from complaint where tracking_number like 'RP-2026-%');
delete from complaint where tracking_number like 'RP-2026-%';
delete from person where name_enc = decode(repeat('ab', 60), 'hex');
delete from idempotency_key where key like 'replay-%';
delete from tracking_counter where series = 'REPLAY';
DO $$ DECLARE s record; BEGIN
  FOR s IN SELECT 'tracking_' || md5(tenant_id || '/REPLAY/2026') n FROM tenant LOOP
    EXECUTE format('DROP SEQUENCE IF EXISTS %I', s.n);
  END LOOP;
END $$;
drop table bench_sample;
SQL

log "trivial endpoint"
for c in 8 32; do run_wrk ping $c ping.lua; done

fi
# 2. submissions (idempotency keys, spread over the synthetic regencies) and reads
RUN=$(date +%s)
PID=$(server_pid bench-a)
max_rss=0
sample_rss() { while sleep 1; do r=$(rss_mb "$PID" 2>/dev/null || echo 0); echo "$r"; done > "$WORK/rss.txt"; }
sample_rss & RSS_SAMPLER=$!
if want submit || want read; then
# The JIT's warm-up is not what the table measures: every script once, unrecorded (BENCH_WARMUP seconds each).
log "warm-up"
warm() { wrk -t2 -c16 -d"${BENCH_WARMUP:-15}s" --timeout 10s -s "$WRK/$1" "$API" -- "${@:2}" >/dev/null 2>&1 || true; }
warm submit-complaint.lua "$WORK/bench-tenants.txt" "$RUN-warm"
warm track.lua "$WORK/samples.csv" complaint
warm register.lua "$WORK/bench-tenants.txt"
fi
if want submit; then
log "submissions"
for c in 8 32 64; do run_wrk submit_complaint $c submit-complaint.lua "$WORK/bench-tenants.txt" "$RUN-$c"; done
echo kab-bench-001 > "$WORK/one-tenant.txt"
run_wrk submit_complaint_one_tenant 32 submit-complaint.lua "$WORK/one-tenant.txt" "$RUN-one"
run_wrk submit_request 32 submit-request.lua "$WORK/bench-tenants.txt" "$RUN-r"
fi
if want read; then
log "reads"
for c in 8 32; do run_wrk track_complaint $c track.lua "$WORK/samples.csv" complaint; done
run_wrk track_request 32 track.lua "$WORK/samples.csv" request
run_wrk register_page 32 register.lua "$WORK/bench-tenants.txt"
fi
if want search; then
log "search"
# One query at a time over the word list (twice: the second pass is measured), then wrk at 8 clients.
for pass in 1 2; do
  while read -r q; do
    curl -s -m 60 -o /dev/null -w "%{http_code} %{time_total}\n" -G --data-urlencode "q=$q" \
      -H "X-Forwarded-For: 10.8.$((RANDOM % 250)).$((RANDOM % 250 + 1))" "$API/api/t/$BIG/register/search"
  done < "$WRK/search-words.txt" > "$WORK/search-$pass.txt"
done
echo "search_sequential $(sort -k2 -n "$WORK/search-2.txt" | awk '{t[NR]=$2; if ($1!=200) bad++} END {printf "queries=%d p50_s=%.3f p95_s=%.3f max_s=%.3f non200=%d", NR, t[int(NR*0.5+0.5)], t[int(NR*0.95+0.5)], t[NR], bad+0}')" | tee -a "$RAW"
run_wrk search_big_tenant 8 search.lua $BIG "$WRK/search-words.txt"
fi
kill $RSS_SAMPLER 2>/dev/null || true
echo "rss_max_mb_under_load=$(sort -n "$WORK/rss.txt" | tail -1)" | tee -a "$RAW"

if want llid; then
# 3. LLID of the tenant with the most requests (one fiscal year), as its PPID officer
log "LLID"
admin_token=$(login_own $BIG admin "$(initial_password $BIG admin)")
officer=$(curl -sf -H "Authorization: Bearer $admin_token" -H 'Content-Type: application/json' \
  -d "{\"username\":\"ppid$RUN\",\"displayName\":\"PPID Utama (uji beban)\",\"roles\":[\"PPID_MAIN\"]}" "$API/api/t/$BIG/users")
officer_password=$(echo "$officer" | python3 -c 'import json,sys; print(json.load(sys.stdin)["oneTimePassword"])')
ppid_token=$(login_own $BIG "ppid$RUN" "$officer_password" new)
for fmt in json pdf csv; do
  for i in 1 2 3 4; do
    curl -s -o /dev/null -w "%{http_code} %{time_total}\n" -H "Authorization: Bearer $ppid_token" \
      "$API/api/t/$BIG/officer/information-reports/llid?year=2025&format=$fmt"
  done > "$WORK/llid-$fmt.txt"
  echo "llid_$fmt $(awk 'NR>1 {s+=$2; if ($2>m) m=$2; n++; if ($1!=200) bad++} END {printf "warm_mean_s=%.3f warm_max_s=%.3f non200=%d", s/n, m, bad+0}' "$WORK/llid-$fmt.txt") cold_s=$(head -1 "$WORK/llid-$fmt.txt" | cut -d' ' -f2)" | tee -a "$RAW"
done

fi
if want province; then
# 4. the provincial view: the aggregation run over every tenant, then the view of the largest province, warm
log "compliance aggregation (full run over every tenant)"
compliance_run() { # full=true|false → "<http status> <seconds>"; a failed connection is written down, not fatal
  local token answer
  for _ in $(seq 1 120); do # the scheduled run (4 min after start, then every 10) may hold the lock: 409, wait
    token=$(login "" operator "$OPERATOR_PASSWORD")
    answer=$(curl -s -m 1800 --retry 3 --retry-connrefused --retry-delay 5 -o /dev/null -w "%{http_code} %{time_total}" \
      -X POST -H "Authorization: Bearer $token" "$API/api/platform/compliance/runs?full=$1") || answer="$answer curl exit $?"
    [ "${answer%% *}" = 409 ] || break
    sleep 10
  done
  echo "$answer"
}
echo "compliance_full_run http_and_seconds=$(compliance_run true)" | tee -a "$RAW"
echo "compliance_incremental_run http_and_seconds=$(compliance_run false)" | tee -a "$RAW"
echo "compliance_day_rows=$(psql_su -At -c "select count(*) from compliance_day")" | tee -a "$RAW"
# A fresh token: the runs can outlast an access token (BALAI_ACCESS_TOKEN_SECONDS, 600 s)
operator_token=$(login "" operator "$OPERATOR_PASSWORD")
province=$(psql_su -At -c "select province_code from tenant group by 1 order by count(*) desc, 1 limit 1")
echo "largest_province=$province tenants=$(psql_su -At -c "select count(*) from tenant where province_code = '$province'")" | tee -a "$RAW"
padmin=$(curl -sf -H "Authorization: Bearer $operator_token" -H 'Content-Type: application/json' \
  -d "{\"username\":\"prov$RUN\",\"displayName\":\"Admin Provinsi (uji beban)\",\"province\":\"$province\"}" "$API/api/platform/provincial-admins")
padmin_password=$(echo "$padmin" | python3 -c 'import json,sys; print(json.load(sys.stdin)["oneTimePassword"])')
prov_token=$(login_own "" "prov$RUN" "$padmin_password" new)
for path in "province/compliance?from=2026-01-01&to=2026-11-20" "province/compliance/trend"; do
  for i in $(seq 1 11); do
    curl -s -o /dev/null -w "%{http_code} %{time_total}\n" -H "Authorization: Bearer $prov_token" "$API/api/$path"
  done > "$WORK/prov.txt"
  echo "provincial_view path=${path%%\?*} $(awk 'NR>1 {s+=$2; if ($2>m) m=$2; n++; if ($1!=200) bad++} END {printf "warm_mean_s=%.3f warm_max_s=%.3f non200=%d", s/n, m, bad+0}' "$WORK/prov.txt")" | tee -a "$RAW"
done

fi
if want startup; then
# 5. start-up to ready with every tenant, and resident memory when idle after the load
echo "rss_after_load_mb=$(rss_mb "$PID")" | tee -a "$RAW"
# The phases before leave PostgreSQL vacuuming and analysing what they wrote (the compliance run writes half a
# million rows): a start-up measured then measures the vacuum too. Wait (at most 5 minutes) until no autovacuum
# worker runs, and write down the wait and the load.
quiet_t0=$(date +%s)
for _ in $(seq 1 60); do
  [ "$(psql_su -At -c "select count(*) from pg_stat_activity where backend_type = 'autovacuum worker'")" = 0 ] && break
  sleep 5
done
echo "startup_waited_for_autovacuum_s=$(( $(date +%s) - quiet_t0 )) loadavg=$(cut -d' ' -f1-3 /proc/loadavg | tr ' ' '/')" | tee -a "$RAW"
server_stop bench-a
startup=$(server_start bench-a $PORT)
echo "startup_to_ready_s=$startup" | tee -a "$RAW"
PID=$(server_pid bench-a)
echo "rss_after_start_mb=$(rss_mb "$PID")" | tee -a "$RAW"

fi
# The app's figures over the replays' (issue 19 item 1): what share of the database's own limit for the same work
# the server reaches. Written only when both sides ran.
ratio() { # label app-line-prefix replay-line-prefix
  local app replay
  app=$(awk -v p="$2" 'index($0, p) == 1 { for (i = 1; i <= NF; i++) if ($i ~ /^rps=/) { sub("rps=", "", $i); print $i } }' "$RAW" | tail -1)
  replay=$(awk -v p="$3" 'index($0, p) == 1 { for (i = 1; i <= NF; i++) if ($i ~ /^tps=/) { sub("tps=", "", $i); print $i } }' "$RAW" | tail -1)
  [ -n "$app" ] && [ -n "$replay" ] && echo "$1 $(awk -v a="$app" -v r="$replay" 'BEGIN { printf "%.3f", a / r }')" | tee -a "$RAW" || true
}
ratio ratio_submit_over_replay_c32 "submit_complaint c=32 " "pgbench_submit_replay c=32 "
ratio ratio_submit_over_insert_c32 "submit_complaint c=32 " "pgbench_insert c=32 "
ratio ratio_track_over_replay_c32 "track_complaint c=32 " "pgbench_track_replay c=32 "

write_results "$OUT" "Benchmark run, scale $SCALE," "infra/bench/bench.sh $SCALE (BENCH_SECONDS=$DURATION)" "$RAW" "wrk and pgbench on the same machine."
