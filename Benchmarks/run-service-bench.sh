#!/usr/bin/env bash
# The service benchmark (BENCHMARKS.md, "The service"): wrk on loopback against `puhui serve`
# over a large registry — `/v1/outlets` (1 km, childcare, certified), `/v1/badges/{n}` and
# `/hsds/service_at_locations?lat=…` at 16 and 64 connections — beside the in-process search
# throughput (`registry-bench throughput`, the same searches on the same two cores) and
# datasette serving the same file with the same search written as SQL (service/datasette.yaml),
# all in one run, interleaved by round. Not for CI; needs wrk (Debian), gcc, sqlite3, Python
# with venv (datasette from PyPI into Benchmarks/.venv) and a registry (run-registry-bench.sh
# makes the 1,000,000-outlet one).
#
#   Benchmarks/run-service-bench.sh
#   DB=/path/registry.sqlite PUHUI=/path/puhui BENCH=/path/registry-bench Benchmarks/run-service-bench.sh
#
# Knobs (environment): DB, DURATION (seconds per wrk run, 20), ROUNDS (2), CONNECTIONS ("16 64"),
# N (query centres and badges, 1000), AS_OF (2026-11-29), PORT (18080), DATASETTE_PORT (18081),
# SCRATCH (build directory when PUHUI/BENCH are not given, .build-bench), OUT; BENCH=none leaves
# out the in-process figure.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
DB=${DB:-$ROOT/Benchmarks/data/registry-1m.sqlite}
SCRATCH=${SCRATCH:-$ROOT/.build-bench}
OUT=${OUT:-$ROOT/Benchmarks/data/service-$(date -u +%Y%m%dT%H%M%SZ)}
DURATION=${DURATION:-20}
ROUNDS=${ROUNDS:-2}
CONNECTIONS=${CONNECTIONS:-"16 64"}
N=${N:-1000}
AS_OF=${AS_OF:-2026-11-29}
PORT=${PORT:-18080}
DATASETTE_PORT=${DATASETTE_PORT:-18081}
mkdir -p "$OUT"
log() { echo "== $(date -u +%H:%M:%S) $*" | tee -a "$OUT/log.txt" >&2; }
[ -s "$DB" ] || { echo "no registry at $DB (Benchmarks/run-registry-bench.sh makes one)" >&2; exit 2; }
command -v wrk >/dev/null || { echo "wrk is missing (apt-get install wrk)" >&2; exit 2; }

{
    echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
    echo "nproc: $(nproc)"
    echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
    echo "memory: $(awk '/MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo)"
    echo "os: $(. /etc/os-release && echo "$PRETTY_NAME"), kernel $(uname -r)"
    echo "wrk: $(wrk --version 2>&1 | head -1)"
    echo "commit: $(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
    echo "registry: $DB ($(du -h "$DB" | cut -f1)), $(sqlite3 "$DB" 'SELECT count(*) FROM outlet') outlets"
} | tee "$OUT/machine.txt"

# ---- build ----
if [ -z "${PUHUI:-}" ] || [ -z "${BENCH:-}" ]; then
    log "building (release) in $SCRATCH"
    swift build --package-path Benchmarks --scratch-path "$SCRATCH" -c release --product registry-bench
    swift build --package-path Benchmarks --scratch-path "$SCRATCH" -c release --product puhui
    BIN=$(swift build --package-path Benchmarks --scratch-path "$SCRATCH" -c release --show-bin-path)
    PUHUI=${PUHUI:-$BIN/puhui}
    BENCH=${BENCH:-$BIN/registry-bench}
fi
gcc -O2 -o "$OUT/nearby" Benchmarks/c-floor/nearby.c -lsqlite3 -lm

# ---- datasette ----
VENV=$ROOT/Benchmarks/.venv
if [ ! -x "$VENV/bin/datasette" ]; then
    log "installing datasette into $VENV"
    python3 -m venv "$VENV"
    "$VENV/bin/pip" install -q "datasette==0.65.1"
fi
echo "datasette: $("$VENV/bin/datasette" --version)" | tee -a "$OUT/machine.txt"

# ---- requests: the same centres for every server ----
"$OUT/nearby" centres --db "$DB" --out "$OUT/centres.txt" --count "$N" --seed 42
awk '{ printf "/v1/outlets?near=%s,%s&radius=1000&kind=childcare&as_of='"$AS_OF"'\n", $1, $2 }' "$OUT/centres.txt" > "$OUT/outlets.paths"
awk '{ printf "/hsds/service_at_locations?lat=%s&lon=%s&radius=1000\n", $1, $2 }' "$OUT/centres.txt" > "$OUT/hsds.paths"
awk '{ printf "/registry/nearby.json?lat=%s&lon=%s&radius=1000&as_of='"$AS_OF"'&_shape=array\n", $1, $2 }' "$OUT/centres.txt" > "$OUT/datasette.paths"
sqlite3 "$DB" "SELECT badge_no FROM certification WHERE badge_no IS NOT NULL AND id % 97 = 0 ORDER BY id LIMIT $N" \
    | sed 's|^|/v1/badges/|' > "$OUT/badges.paths"
[ -s "$OUT/badges.paths" ] || { echo "no badges in $DB" >&2; exit 2; }

# ---- servers ----
SERVE_PID=; DATASETTE_PID=
stop() {
    [ -n "$SERVE_PID" ] && kill -TERM "$SERVE_PID" 2>/dev/null && wait "$SERVE_PID" 2>/dev/null || true
    [ -n "$DATASETTE_PID" ] && kill -TERM "$DATASETTE_PID" 2>/dev/null && wait "$DATASETTE_PID" 2>/dev/null || true
}
trap stop EXIT
"$PUHUI" serve --db "$DB" --port "$PORT" --rate-limit 0 2> "$OUT/serve.log" &
SERVE_PID=$!
# datasette names a database by its file's stem; the canned query is under `registry`.
ln -sf "$DB" "$OUT/registry.sqlite"
"$VENV/bin/datasette" serve --immutable "$OUT/registry.sqlite" --port "$DATASETTE_PORT" \
    --metadata Benchmarks/service/datasette.yaml --setting sql_time_limit_ms 10000 > "$OUT/datasette.log" 2>&1 &
DATASETTE_PID=$!
for url in "http://127.0.0.1:$PORT/healthz" "http://127.0.0.1:$DATASETTE_PORT/-/versions.json"; do
    for _ in $(seq 1 120); do curl -fs "$url" >/dev/null 2>&1 && break; sleep 1; done
    curl -fs "$url" >/dev/null || { echo "server at $url did not start" >&2; cat "$OUT/serve.log" "$OUT/datasette.log" >&2; exit 1; }
done
# The same question answered by both: the first centre's ids, for the record.
first=$(head -1 "$OUT/centres.txt")
curl -fs "http://127.0.0.1:$PORT$(head -1 "$OUT/outlets.paths")" > "$OUT/first-puhui.json"
curl -fs "http://127.0.0.1:$DATASETTE_PORT$(head -1 "$OUT/datasette.paths")" > "$OUT/first-datasette.json"
log "first centre $first: puhui $(head -c 300 "$OUT/first-puhui.json" | tr -d '\n' | cut -c1-120)…"

load() { cut -d' ' -f1-3 /proc/loadavg; }
run_wrk() { # label port pathsfile connections seconds
    local label=$1 port=$2 paths=$3 connections=$4 seconds=$5
    local line
    line=$(PATHS="$paths" wrk -t2 -c"$connections" -d"${seconds}s" --timeout 10s -s Benchmarks/service/paths.lua \
        "http://127.0.0.1:$port" 2>&1 | tee -a "$OUT/wrk-raw.txt" | grep '^wrk-summary' || echo "wrk-summary failed")
    echo "$label connections=$connections ${line#wrk-summary } load=$(load)" | tee -a "$OUT/results.txt"
}
in_process() { # threads seconds
    [ "$BENCH" = none ] && return 0
    "$BENCH" throughput --db "$DB" --centres "$OUT/centres.txt" --radius 1000 --filter childcare \
        --threads "$1" --seconds "$2" --as-of "$AS_OF" | sed "s/\$/ load=$(load)/" | tee -a "$OUT/results.txt"
}

log "warm-up"
for ep in outlets hsds badges; do run_wrk "warmup-$ep" "$PORT" "$OUT/$ep.paths" 16 5 >/dev/null; done
run_wrk warmup-datasette "$DATASETTE_PORT" "$OUT/datasette.paths" 16 5 >/dev/null

for round in $(seq 1 "$ROUNDS"); do
    log "round $round"
    in_process 2 "$DURATION"
    for c in $CONNECTIONS; do
        run_wrk "round=$round puhui-outlets" "$PORT" "$OUT/outlets.paths" "$c" "$DURATION"
        run_wrk "round=$round datasette-nearby" "$DATASETTE_PORT" "$OUT/datasette.paths" "$c" "$DURATION"
        run_wrk "round=$round puhui-badges" "$PORT" "$OUT/badges.paths" "$c" "$DURATION"
        run_wrk "round=$round puhui-hsds" "$PORT" "$OUT/hsds.paths" "$c" "$DURATION"
    done
done
log "done: $OUT/results.txt"
