#!/usr/bin/env bash
# The citizen portal on a phone (issue 15, item 6): Lighthouse's mobile preset (a mid-range phone on slow 4G,
# simulated throttling, the default form factor) in Debian's Chromium, against a Balai server started from the
# build's own war on loopback, and the first-load scripts and styles as the server sends them (with and without gzip).
#
#   infra/bench/lighthouse.sh            (LIGHTHOUSE_RUNS=3 runs per page; BENCH_SKIP_BUILD=1 reuses a build)
#
# Runs as root on a Debian machine, like bench.sh: installs chromium (and node/npm, curl) with apt-get when
# missing, and the pinned `lighthouse` npm package into infra/bench/target/lighthouse/tool (never globally; it
# drives /usr/bin/chromium, no browser is downloaded). Liberty listens on 127.0.0.1:9780 (HTTPS 9787) only, with
# Balai's embedded PostgreSQL on 127.0.0.1:15733 and its data in infra/bench/target/lighthouse/data, away from
# `./mvnw -Prun` (9080, 15432) and the integration tests (9180, 15433). Each page is measured LIGHTHOUSE_RUNS times;
# the run with the median performance score is the one reported. JSON reports go to
# infra/bench/target/lighthouse/reports/<stamp>/, the summary to infra/bench/results/<stamp>-lighthouse.md.
# Not part of `./mvnw verify`.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

LIGHTHOUSE_VERSION=12.8.2 # the newest release for Node 20 (13.x wants Node 22.19 or newer)
PORT=${LIGHTHOUSE_PORT:-9780}
HTTPS_PORT=${LIGHTHOUSE_HTTPS_PORT:-9787}
DB_PORT=${LIGHTHOUSE_DB_PORT:-15733}
RUNS=${LIGHTHOUSE_RUNS:-3}
SERVER=lighthouse
BASE=http://127.0.0.1:$PORT
LH=$ROOT/infra/bench/target/lighthouse
STAMP=$(date -u +%Y-%m-%dT%H%M)
REPORTS=$LH/reports/$STAMP
RESULTS=$ROOT/infra/bench/results
OUT=$RESULTS/$STAMP-lighthouse.md
CHROMIUM=${CHROME_PATH:-/usr/bin/chromium}
TENANT=muara-enim

# The pages of issue 15 item 6: name, path.
PAGES=(
  "portal home|/$TENANT/"
  "complaint form|/$TENANT/lapor"
  "public reports map|/$TENANT/laporan"
  "tracking page|/$TENANT/lacak"
)
# The machines reach no tile server: map tiles are blocked (the page still asks for them, as a phone would), so the
# figures leave out the tiles' own bytes, which come from the tile host, not from Balai.
TILE_PATTERN='https://tile.openstreetmap.org/*'

need_lighthouse_packages() {
  local missing=()
  [ -x "$CHROMIUM" ] || missing+=(chromium)
  command -v node >/dev/null || missing+=(nodejs)
  command -v npm >/dev/null || missing+=(npm)
  command -v curl >/dev/null || missing+=(curl)
  command -v top >/dev/null || missing+=(procps)
  if [ ${#missing[@]} -gt 0 ]; then
    log "installing ${missing[*]} (Debian packages)"
    apt-get update -q >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null
  fi
  local installed=
  [ -f "$LH/tool/node_modules/lighthouse/package.json" ] &&
    installed=$(node -p "require('$LH/tool/node_modules/lighthouse/package.json').version")
  if [ "$installed" != "$LIGHTHOUSE_VERSION" ]; then
    log "installing lighthouse@$LIGHTHOUSE_VERSION into $LH/tool"
    mkdir -p "$LH/tool"
    PUPPETEER_SKIP_DOWNLOAD=1 npm install --prefix "$LH/tool" --no-audit --no-fund --save-exact \
      "lighthouse@$LIGHTHOUSE_VERSION" >/dev/null
  fi
}

# A Liberty server with the application's server.xml and war and Balai's embedded PostgreSQL (no DB_URL).
lighthouse_server_create() {
  local dir=$WLP/usr/servers/$SERVER
  server_stop "$SERVER"
  if curl -s -o /dev/null -m 2 "$BASE/"; then
    log "port $PORT is taken by another process: stop it first (or set LIGHTHOUSE_PORT)"
    return 1
  fi
  rm -rf "$dir" && mkdir -p "$dir/dropins" "$LH/data"
  # The application's server.xml, bound to loopback only (it listens on every interface).
  sed 's/<httpEndpoint id="defaultHttpEndpoint" host="\*"/<httpEndpoint id="defaultHttpEndpoint" host="127.0.0.1"/' \
    "$ROOT/server/src/main/liberty/config/server.xml" > "$dir/server.xml"
  grep -q 'host="127.0.0.1"' "$dir/server.xml" || { log "server.xml: httpEndpoint not found"; return 1; }
  cp "$ROOT/server/target/balai.war" "$dir/dropins/balai.war"
  echo "keystore_password=lighthouse-throwaway-keystore" > "$dir/server.env"
  # The container's JVM budget (infra/container/jvm.options), as in bench.sh.
  printf -- '-XX:MaxRAM=768m\n-XX:MaxRAMPercentage=45\n-XX:InitialRAMPercentage=30\n' > "$dir/jvm.options"
  cat > "$dir/bootstrap.properties" <<EOF
balai.jdbc.dir=$ROOT/server/target/jdbc
default.http.port=$PORT
default.https.port=$HTTPS_PORT
BALAI_EMBEDDED_DB_PORT=$DB_PORT
BALAI_TENANTS_DIR=$ROOT/tenants
BALAI_DATA_DIR=$LH/data
BALAI_SMS_GATEWAY=log
EOF
}

# The embedded PostgreSQL stops with Liberty; one left behind by a killed server is stopped by its own pid file.
embedded_pg_stop() {
  local pidfile=$LH/data/pgdata/postmaster.pid pid
  [ -f "$pidfile" ] || return 0
  pid=$(head -1 "$pidfile")
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null && grep -q postgres "/proc/$pid/comm" 2>/dev/null; then
    kill -INT "$pid" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
  fi
}

cleanup() {
  server_stop "$SERVER"
  embedded_pg_stop
}

load() { awk '{print $1, $2, $3}' /proc/loadavg; }
# What else uses the CPU now: the commands over 10 % in a 2-s sample of top.
busy() {
  top -b -n 2 -d 2 -w 512 | awk '/^top -/ {n++} n == 2 && $1 ~ /^[0-9]+$/ && $9 + 0 >= 10 {printf "%s%s %s%%", sep, $12, $9; sep = ", "}'
}
header() { awk -v h="$1" 'tolower($1) == tolower(h) ":" {sub(/^[^:]*: */, ""); sub(/\r$/, ""); print}' "$2" | tail -1; }

need_lighthouse_packages
build
mkdir -p "$REPORTS" "$RESULTS"
LOAD_BEFORE=$(load)
BUSY_BEFORE=$(busy)
trap cleanup EXIT
lighthouse_server_create
log "starting Balai ($SERVER, $BASE, embedded PostgreSQL on $DB_PORT)"
STARTUP=$(server_start "$SERVER" "$PORT")
log "ready after ${STARTUP}s"

# 1. The first load as it goes over the wire: every script and stylesheet the page names, with and without gzip.
FIRST_LOAD=$REPORTS/first-load.txt
: > "$FIRST_LOAD"
curl -sf "$BASE/" > "$REPORTS/index.html"
{
  echo "| file | Content-Type | without Accept-Encoding: bytes on the wire | with Accept-Encoding: gzip: bytes on the wire | Content-Encoding |"
  echo "|---|---|---|---|---|"
  for path in / $(grep -oE '(src|href)="/assets/[^"]+\.(js|css)"' "$REPORTS/index.html" | cut -d'"' -f2); do
    plain=$(curl -s -o /dev/null -D "$REPORTS/h-plain" -w '%{http_code} %{size_download}' "$BASE$path")
    zipped=$(curl -s -o /dev/null -D "$REPORTS/h-gzip" -H 'Accept-Encoding: gzip' -w '%{http_code} %{size_download}' "$BASE$path")
    name=$path
    [ "$path" = / ] && name="/ (index.html)"
    echo "| \`$name\` | $(header Content-Type "$REPORTS/h-gzip") | ${plain#* } (HTTP ${plain%% *}, Content-Encoding: $(header Content-Encoding "$REPORTS/h-plain" | grep . || echo none)) | ${zipped#* } (HTTP ${zipped%% *}) | $(header Content-Encoding "$REPORTS/h-gzip" | grep . || echo none) |"
  done
} > "$FIRST_LOAD"
rm -f "$REPORTS/h-plain" "$REPORTS/h-gzip"
cat "$FIRST_LOAD" >&2

# 2. Lighthouse, mobile preset (the default), simulated throttling, RUNS times per page.
for entry in "${PAGES[@]}"; do
  name=${entry%%|*} path=${entry#*|}
  slug=$(echo "$name" | tr ' ' '-')
  for i in $(seq 1 "$RUNS"); do
    log "lighthouse: $name ($path), run $i of $RUNS"
    CHROME_PATH=$CHROMIUM timeout 300 "$LH/tool/node_modules/.bin/lighthouse" "$BASE$path" \
      --chrome-flags="--headless=new --no-sandbox --disable-gpu" \
      --only-categories=performance,accessibility,best-practices --blocked-url-patterns="$TILE_PATTERN" \
      --output=json --output-path="$REPORTS/$slug-run$i.report.json" --quiet ||
      log "lighthouse failed on $name, run $i (exit $?)"
  done
done
LOAD_AFTER=$(load)
BUSY_AFTER=$(busy)

# 3. The summary.
{
  echo "# Lighthouse, mobile preset, $(date -u +%Y-%m-%dT%H:%MZ)"
  echo
  echo "Machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(free -g | awk '/Mem:/ {print $2}') GiB RAM; $("$CHROMIUM" --version 2>/dev/null | head -1); Lighthouse $LIGHTHOUSE_VERSION on Node $(node -v); $(java -version 2>&1 | head -1)."
  echo "Load average (1, 5, 15 min) before: $LOAD_BEFORE; after: $LOAD_AFTER. Other processes over 10 % CPU (top, 2 s) before: ${BUSY_BEFORE:-none}; after: ${BUSY_AFTER:-none}."
  echo "Commit: $(git -C "$ROOT" rev-parse --short HEAD)$(git -C "$ROOT" diff --quiet HEAD -- webapp server 2>/dev/null || echo ' (with uncommitted changes in webapp/ or server/)'). Server ready after ${STARTUP}s."
  echo "Command: \`infra/bench/lighthouse.sh\` (LIGHTHOUSE_RUNS=$RUNS); Lighthouse \`--chrome-flags=\"--headless=new --no-sandbox --disable-gpu\"\`, default form factor (mobile) and throttling (simulated slow 4G, 4x CPU slowdown), against $BASE."
  echo "Reports: \`infra/bench/target/lighthouse/reports/$STAMP/\` (not committed)."
  echo
  echo "## Pages (the run with the median performance score of $RUNS)"
  echo
  node "$ROOT/infra/bench/lighthouse-summary.mjs" "$REPORTS" "$RUNS" "${PAGES[@]}"
  echo
  echo "Map tiles ($TILE_PATTERN) were blocked: the machine reaches no tile server."
  echo
  echo "## First load over the wire (\`curl\` against $BASE, asset names read from \`/\`)"
  echo
  cat "$FIRST_LOAD"
} > "$OUT"
log "results in $OUT"
