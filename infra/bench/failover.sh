#!/usr/bin/env bash
# The data-tier fail-over run of docs/scale-out.md, all on loopback and all from Debian packages (patroni,
# etcd-server, postgresql, haproxy):
#   - one etcd member as Patroni's configuration store;
#   - two PostgreSQL nodes under Patroni, in synchronous mode (a commit is acknowledged only once the standby has it);
#   - HAProxy routing database connections to whichever node Patroni's REST API calls the primary, and the public
#     traffic to two Balai instances;
#   - citizens (id.balai.bench.Submitter, 16 at a time) send [count] web complaints with idempotency keys and retry
#     on failure; when 30 % are acknowledged, the primary node (its Patroni and its PostgreSQL) is killed with -9.
# Then it reports: acknowledged submissions lost and duplicated (goal 0 and 0), the fail-over time, the 502/503s the
# citizens saw, that both instances serve again without a restart, and that the killed node rejoins as a standby.
# Results: infra/bench/results/<date>-failover.md.
#
#   infra/bench/failover.sh [count]        (default 10000)
set -euo pipefail
# Balai and the checks reach the database only through HAProxy's database front (this port).
BENCH_PG_PORT=15520
source "$(dirname "$0")/lib.sh"

COUNT=${1:-10000}
A=9582
B=9583
LB=9592
API=http://127.0.0.1:$LB
ETCD_CLIENT=12379
ETCD_PEER=12380
declare -A PG_PORTS=([node1]=15521 [node2]=15522)
declare -A REST_PORTS=([node1]=18021 [node2]=18022)
RESULTS=$ROOT/infra/bench/results
OUT=$RESULTS/$(date -u +%Y-%m-%dT%H%M)-failover.md
mkdir -p "$RESULTS"

need_packages
if ! command -v patroni >/dev/null || ! command -v etcd >/dev/null || [ -z "$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null)" ]; then
  log "installing patroni, etcd-server and postgresql (Debian packages)"
  apt-get update -q >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends patroni etcd-server postgresql >/dev/null
fi
# Debian's PostgreSQL, not the binaries Balai embeds for development: the data tier is what an operator installs.
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
build
WORK=$WORK/failover
rm -rf "$WORK"
mkdir -p "$WORK"
chown postgres "$WORK"
RAW=$WORK/raw.txt
: > "$RAW"

node_pids() { # node → its Patroni and PostgreSQL processes
  pgrep -f "patroni $WORK/$1.yml" || true
  [ -f "$WORK/$1/postmaster.pid" ] && head -1 "$WORK/$1/postmaster.pid" || true
}
cleanup() {
  [ -f "$WORK/haproxy.pid" ] && kill "$(cat "$WORK/haproxy.pid")" 2>/dev/null || true
  server_stop fail-a; server_stop fail-b
  for n in node1 node2; do pkill -f "patroni $WORK/$n.yml" 2>/dev/null || true; done
  sleep 3
  for n in node1 node2; do
    [ -f "$WORK/$n/postmaster.pid" ] && runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$WORK/$n" -m immediate stop >/dev/null 2>&1 || true
  done
  [ -f "$WORK/etcd.pid" ] && kill "$(cat "$WORK/etcd.pid")" 2>/dev/null || true
}
trap cleanup EXIT

log "etcd on 127.0.0.1:$ETCD_CLIENT"
runuser -u postgres -- etcd --name dcs --data-dir "$WORK/etcd" \
  --listen-client-urls "http://127.0.0.1:$ETCD_CLIENT" --advertise-client-urls "http://127.0.0.1:$ETCD_CLIENT" \
  --listen-peer-urls "http://127.0.0.1:$ETCD_PEER" --initial-advertise-peer-urls "http://127.0.0.1:$ETCD_PEER" \
  --initial-cluster "dcs=http://127.0.0.1:$ETCD_PEER" > "$WORK/etcd.log" 2>&1 &
echo $! > "$WORK/etcd.pid"
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$ETCD_CLIENT/health" >/dev/null && break; sleep 0.2; done

# ttl 10 s, loop 2 s: a dead primary's leader key expires within 10 s, and the synchronous standby takes over.
for n in node1 node2; do
  cat > "$WORK/$n.yml" <<EOF
scope: balai
namespace: /bench-failover/
name: $n
log:
  dir: $WORK/log-$n
restapi:
  listen: 127.0.0.1:${REST_PORTS[$n]}
  connect_address: 127.0.0.1:${REST_PORTS[$n]}
etcd3:
  hosts: 127.0.0.1:$ETCD_CLIENT
bootstrap:
  dcs:
    ttl: 10
    loop_wait: 2
    retry_timeout: 4
    maximum_lag_on_failover: 1048576
    synchronous_mode: true
    postgresql:
      use_pg_rewind: true
      parameters:
        wal_level: replica
        hot_standby: "on"
        wal_log_hints: "on"
        max_wal_senders: 10
        max_replication_slots: 10
        max_connections: 300
        synchronous_commit: "on"
        fsync: "on"
        full_page_writes: "on"
        timezone: UTC
        shared_buffers: 1GB
        max_wal_size: 4GB
  initdb:
    - encoding: UTF8
    - locale: C.UTF-8
    - data-checksums
  pg_hba:
    - local all all trust
    - host replication replicator 127.0.0.1/32 trust
    - host all all 127.0.0.1/32 trust
postgresql:
  listen: 127.0.0.1:${PG_PORTS[$n]}
  connect_address: 127.0.0.1:${PG_PORTS[$n]}
  data_dir: $WORK/$n
  bin_dir: $PG_BIN
  pgpass: $WORK/pgpass-$n
  authentication:
    superuser:
      username: postgres
      password: bench-failover-throwaway
    replication:
      username: replicator
      password: bench-failover-throwaway
    rewind:
      username: postgres
      password: bench-failover-throwaway
  parameters:
    unix_socket_directories: $WORK
tags:
  nofailover: false
  noloadbalance: false
EOF
  mkdir -p "$WORK/log-$n"
done
chown -R postgres "$WORK"
start_node() {
  runuser -u postgres -- patroni "$WORK/$1.yml" >> "$WORK/patroni-$1.out" 2>&1 &
}
role_of() { # node → primary | replica | down
  local code
  code=$(curl -s -o /dev/null -m 2 -w '%{http_code}' "http://127.0.0.1:${REST_PORTS[$1]}/primary" || true)
  if [ "$code" = 200 ]; then echo primary; elif [ "$code" = 503 ]; then echo replica; else echo down; fi
}
log "Patroni: node1 (bootstraps the cluster), then node2 (a copy of it, streaming)"
start_node node1
for _ in $(seq 1 300); do [ "$(role_of node1)" = primary ] && break; sleep 0.5; done
start_node node2
for _ in $(seq 1 300); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:${REST_PORTS[node2]}/sync")" = 200 ] && break
  sleep 0.5
done

cat > "$WORK/haproxy.cfg" <<EOF
global
  maxconn 2000
defaults
  timeout connect 2s
  timeout client 30m
  timeout server 30m
# The database: only the node Patroni calls the primary passes the check; when it stops passing, its sessions are
# cut so that the pools notice at once instead of writing into a dead socket.
listen postgres
  mode tcp
  bind 127.0.0.1:$BENCH_PG_PORT
  option httpchk GET /primary
  http-check expect status 200
  default-server inter 500ms fall 2 rise 1 on-marked-down shutdown-sessions
  server node1 127.0.0.1:${PG_PORTS[node1]} maxconn 300 check port ${REST_PORTS[node1]}
  server node2 127.0.0.1:${PG_PORTS[node2]} maxconn 300 check port ${REST_PORTS[node2]}
frontend public
  mode http
  timeout client 60s
  bind 127.0.0.1:$LB
  default_backend balai
backend balai
  mode http
  timeout server 60s
  balance roundrobin
  retries 3
  option redispatch
  # Safe only because every public submission carries an Idempotency-Key (see faults.sh).
  retry-on conn-failure empty-response response-timeout
  option httpchk GET /health/ready
  http-check expect status 200
  server a 127.0.0.1:$A check inter 1s fall 2 rise 2
  server b 127.0.0.1:$B check inter 1s fall 2 rise 2
EOF
haproxy -f "$WORK/haproxy.cfg" -D -p "$WORK/haproxy.pid"
# HAProxy counts every server up until its checks have failed twice: wait until ten connections in a row (round
# robin) all reach the primary.
ok=0
for _ in $(seq 1 240); do
  if [ "$(PGDATABASE_BENCH=postgres psql_su -Atc 'select pg_is_in_recovery()' 2>/dev/null)" = f ]; then ok=$((ok + 1)); else ok=0; fi
  [ $ok -ge 10 ] && break
  sleep 0.2
done
PGDATABASE_BENCH=postgres psql_su -c "create database balai" >/dev/null
echo "replication_before $(PGDATABASE_BENCH=postgres psql_su -At -F ' ' -c "select application_name, state, sync_state from pg_stat_replication")" | tee -a "$RAW"

server_create fail-a $A
server_create fail-b $B
log "starting instance a, then b (both through HAProxy's database front)"
server_start fail-a $A >/dev/null
server_start fail-b $B >/dev/null
java -cp "$(java_cp)" id.balai.bench.Generate --api "http://127.0.0.1:$A" --operator-password "$OPERATOR_PASSWORD" \
  --db "jdbc:postgresql://127.0.0.1:$BENCH_PG_PORT/balai" --pii-keys "$WORK/pii-keys" --tenants 6 --complaints 0 \
  --requests 0 --register-entries 0 >/dev/null
psql_su -At -c "select tenant_id from tenant where tenant_id like 'kab-bench-%' order by 1" > "$WORK/tenants.txt"
wait_tenants_known "$WORK/tenants.txt" $A $B

PRIMARY=node1
[ "$(role_of node2)" = primary ] && PRIMARY=node2
STANDBY=$([ "$PRIMARY" = node1 ] && echo node2 || echo node1)
run="failover-$(date +%s)"
log "$COUNT submissions; the primary is $PRIMARY"
java -cp "$(java_cp)" id.balai.bench.Submitter --api "$API" --run "$run" --count "$COUNT" --concurrency 16 \
  --tenants "$WORK/tenants.txt" --progress "$WORK/progress" --acks "$WORK/acks.csv" > "$WORK/submit.txt" &
client=$!
for _ in $(seq 1 6000); do
  v=$(cat "$WORK/progress" 2>/dev/null || true)
  [ "${v:-0}" -ge $((COUNT * 3 / 10)) ] && break
  sleep 0.1
done
log "  $(cat "$WORK/progress") acknowledged: kill -9 of $PRIMARY (Patroni and PostgreSQL)"
pids=$(node_pids "$PRIMARY")
t_kill=$(date +%s.%N)
# shellcheck disable=SC2086
kill -9 $pids
echo "kill9 $PRIMARY at $(date -u +%H:%M:%S.%N | cut -c1-12) acknowledged_before=$(cat "$WORK/progress")" | tee -a "$RAW"
for _ in $(seq 1 1200); do [ "$(role_of "$STANDBY")" = primary ] && break; sleep 0.1; done
t_promoted=$(date +%s.%N)
for _ in $(seq 1 1200); do
  [ "$(PGDATABASE_BENCH=postgres psql_su -Atc 'select pg_is_in_recovery()' 2>/dev/null)" = f ] && break
  sleep 0.1
done
t_routed=$(date +%s.%N)
awk -v k="$t_kill" -v p="$t_promoted" -v r="$t_routed" -v s="$STANDBY" \
  'BEGIN {printf "failover new_primary=%s promoted_after_s=%.1f writable_through_haproxy_after_s=%.1f\n", s, p - k, r - k}' | tee -a "$RAW"
wait $client
echo "$(grep '^SUBMITTED' "$WORK/submit.txt")" | tee -a "$RAW"
echo "$(java -cp "$(java_cp)" id.balai.bench.Submitter --verify --run "$run" --acks "$WORK/acks.csv" \
  --db "jdbc:postgresql://127.0.0.1:$BENCH_PG_PORT/balai" | grep '^VERIFIED')" | tee -a "$RAW"

# Both instances serve again without a restart: ready, and a new submission goes through each.
for port in $A $B; do
  code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/health/ready")
  sub=$(curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' -H "Idempotency-Key: after-$port-$(date +%s)" \
    -H "X-Forwarded-For: 10.88.1.$((port % 250))" -d '{"type":"COMPLAINT","title":"Setelah alih-gagal","description":"Uji setelah basis data berpindah ke simpul siaga.","category":"JALAN","anonymous":true}' \
    "http://127.0.0.1:$port/api/t/$(head -1 "$WORK/tenants.txt")/complaints")
  echo "after_failover port=$port ready=$code submit=$sub" | tee -a "$RAW"
done

# The killed node comes back as a standby of the new primary (pg_rewind if its timeline diverged).
log "restarting $PRIMARY's Patroni: it should rejoin as a standby"
rm -f "$WORK/$PRIMARY/postmaster.pid"
start_node "$PRIMARY"
t_restart=$(date +%s)
rejoined=no
# Rejoined: streaming again, and the synchronous standby again (Patroni's synchronous mode promotes it to that).
for _ in $(seq 1 240); do
  state=$(PGDATABASE_BENCH=postgres psql_su -At -c "select sync_state from pg_stat_replication where application_name = '$PRIMARY' and state = 'streaming'" 2>/dev/null || true)
  if [ "$state" = sync ] && [ "$(role_of "$PRIMARY")" = replica ]; then rejoined=yes; break; fi
  sleep 0.5
done
echo "rejoin node=$PRIMARY as_standby=$rejoined sync_state=${state:-none} after_s=$(( $(date +%s) - t_restart ))" | tee -a "$RAW"
patronictl -c "$WORK/node1.yml" list 2>/dev/null | sed 's/^/  /' | tee -a "$RAW" || true

write_results "$OUT" "Data-tier fail-over (Patroni)" "infra/bench/failover.sh $COUNT" "$RAW" \
  "Patroni $(patroni --version | awk '{print $2}'), etcd $(etcd --version | awk 'NR==1 {print $3}'), two PostgreSQL nodes in synchronous mode, two Balai instances behind HAProxy $(haproxy -v | head -1 | awk '{print $3}'), all on loopback."
