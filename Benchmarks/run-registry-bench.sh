#!/usr/bin/env bash
# The registry benchmark, end to end (BENCHMARKS.md, "Registry"). Not for CI: on a 2-core machine it
# takes ≈ 15–30 minutes the first time (generate, build, import 1,000,000 outlets), ≈ 5 minutes
# after, and needs ≈ 6 GB of disk under Benchmarks/data/ (git-ignored).
#
#   Benchmarks/run-registry-bench.sh            # everything; reuses data and registry if present
#   REIMPORT=1 Benchmarks/run-registry-bench.sh # import again (timed) into a fresh registry
#
# Steps: 1. generate the 1M registry's CSV files if missing (puhui-datagen, seed 42);
# 2. build registry-bench and puhui (release) and the C floor (gcc -O2); 3. import (whole
# command, `puhui import … --officer bench`, timed per file) unless the registry exists;
# 4. the shared query centres; 5. in-process search: C floor (join, rtree) and Swift, interleaved
# ROUNDS times; 6. whole process: `puhui search` and the C floor's `once`, interleaved per radius;
# 7. a summary table. Every raw line goes to $OUT/.
#
# Knobs (environment): N (centres, 1000), WHOLE (processes per case, 200), ROUNDS (2),
# SCRATCH (build directory, .build-bench), DB, DATA, OUT, AS_OF (2026-11-29).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
DATA=${DATA:-$ROOT/Benchmarks/data/1m}
DB=${DB:-$ROOT/Benchmarks/data/registry-1m.sqlite}
SCRATCH=${SCRATCH:-$ROOT/.build-bench}
OUT=${OUT:-$ROOT/Benchmarks/data/results-$(date -u +%Y%m%dT%H%M%SZ)}
N=${N:-1000}
WHOLE=${WHOLE:-200}
ROUNDS=${ROUNDS:-2}
AS_OF=${AS_OF:-2026-11-29}
mkdir -p "$OUT"
log() { echo "== $(date -u +%H:%M:%S) $*" | tee -a "$OUT/log.txt" >&2; }
load() { cut -d' ' -f1-3 /proc/loadavg; }

# ---- machine ----
{
    echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
    echo "nproc: $(nproc)"
    echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
    echo "memory: $(awk '/MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo)"
    echo "os: $(. /etc/os-release && echo "$PRETTY_NAME"), kernel $(uname -r)"
    echo "swift: $(swift --version 2>&1 | head -1)"
    echo "sqlite: $(pkg-config --modversion sqlite3 2>/dev/null || dpkg-query -W -f='${Version}' libsqlite3-0)"
    echo "gcc: $(gcc --version | head -1)"
    echo "commit: $(git rev-parse --short HEAD)"
} | tee "$OUT/machine.txt"

# ---- 1. data ----
if [ ! -s "$DATA/prices.csv" ]; then
    log "generating $DATA"
    swift run --package-path Benchmarks --scratch-path "$SCRATCH" -c release puhui-datagen \
        --outlets 1000000 --operators 20000 --seed 42 --out "$DATA"
fi

# ---- 2. build ----
log "building (release) in $SCRATCH"
swift build --package-path Benchmarks --scratch-path "$SCRATCH" -c release --product registry-bench
swift build --package-path Benchmarks --scratch-path "$SCRATCH" -c release --product puhui
BIN=$(swift build --package-path Benchmarks --scratch-path "$SCRATCH" -c release --show-bin-path)
gcc -O2 -o "$OUT/nearby" Benchmarks/c-floor/nearby.c -lsqlite3 -lm
NEARBY="$OUT/nearby"
PUHUI="$BIN/puhui"
BENCH="$BIN/registry-bench"

# ---- 3. import (whole command) ----
if [ "${REIMPORT:-0}" = 1 ] || [ ! -s "$DB" ]; then
    rm -f "$DB" "$DB-wal" "$DB-shm"
    log "import into $DB (load $(load))"
    "$PUHUI" init --db "$DB" >/dev/null
    for table in operators outlets prices; do
        rows=$(($(wc -l < "$DATA/$table.csv") - 1))
        start=$(date +%s.%N)
        /usr/bin/env time -f "%e s wall, %U s user, %S s sys, %M KiB max RSS" -o "$OUT/import-$table.time" \
            "$PUHUI" import "$table" "$DATA/$table.csv" --db "$DB" --officer bench --reason benchmark > "$OUT/import-$table.out" 2>&1 \
            || { cat "$OUT/import-$table.out"; exit 1; }
        end=$(date +%s.%N)
        awk -v t="$table" -v r="$rows" -v s="$start" -v e="$end" -v l="$(load)" \
            'BEGIN { printf "import %s rows=%d seconds=%.1f rows_per_s=%.0f load=%s\n", t, r, e - s, r / (e - s), l }' \
            | tee -a "$OUT/import.txt"
        cat "$OUT/import-$table.time" | tee -a "$OUT/import.txt"
    done
    ls -l "$DB" | tee -a "$OUT/import.txt"
fi

# ---- 4. centres ----
"$NEARBY" centres --db "$DB" --out "$OUT/centres.txt" --count "$N" --seed 42

# ---- 5. in process, interleaved ----
: > "$OUT/inprocess.txt"
for round in $(seq "$ROUNDS"); do
    log "in-process round $round (load $(load))"
    "$NEARBY" bench --db "$DB" --centres "$OUT/centres.txt" --algo join --as-of "$AS_OF" \
        --dump "$OUT/dump-c-join.txt" | sed "s/^/round=$round /" | tee -a "$OUT/inprocess.txt"
    "$BENCH" search --db "$DB" --centres "$OUT/centres.txt" --as-of "$AS_OF" \
        --dump "$OUT/dump-swift.txt" | sed "s/^/round=$round /" | tee -a "$OUT/inprocess.txt"
    "$NEARBY" bench --db "$DB" --centres "$OUT/centres.txt" --algo rtree --as-of "$AS_OF" \
        --dump "$OUT/dump-c-rtree.txt" | sed "s/^/round=$round /" | tee -a "$OUT/inprocess.txt"
    echo "round=$round load $(load)" >> "$OUT/inprocess.txt"
done
# The three must give the same answers (totals, ids, distances to the millimetre, fees).
for other in c-join c-rtree; do
    if cmp -s "$OUT/dump-swift.txt" "$OUT/dump-$other.txt"; then
        echo "answers: swift = $other on all $(wc -l < "$OUT/dump-swift.txt") queries" | tee -a "$OUT/inprocess.txt"
    else
        echo "answers: swift and $other DIFFER (diff $OUT/dump-swift.txt $OUT/dump-$other.txt)" | tee -a "$OUT/inprocess.txt"
    fi
done

# ---- 6. whole process, interleaved per case ----
: > "$OUT/whole.txt"
for radius in 1000 3000; do
    log "whole process, radius $radius (load $(load))"
    "$NEARBY" spawn --centres "$OUT/centres.txt" --count "$WHOLE" --label c-once --radius "$radius" --filter certified -- \
        "$NEARBY" once --db "$DB" --near "{lat},{lon}" --radius "$radius" --filter certified --as-of "$AS_OF" \
        | tee -a "$OUT/whole.txt"
    "$NEARBY" spawn --centres "$OUT/centres.txt" --count "$WHOLE" --label puhui --radius "$radius" --filter certified -- \
        "$PUHUI" search --near "{lat},{lon}" --radius "$radius" --db "$DB" --format json --as-of "$AS_OF" \
        | tee -a "$OUT/whole.txt"
    "$NEARBY" spawn --centres "$OUT/centres.txt" --count "$WHOLE" --label c-once --radius "$radius" --filter certified -- \
        "$NEARBY" once --db "$DB" --near "{lat},{lon}" --radius "$radius" --filter certified --as-of "$AS_OF" \
        | tee -a "$OUT/whole.txt"
    "$NEARBY" spawn --centres "$OUT/centres.txt" --count "$WHOLE" --label puhui --radius "$radius" --filter certified -- \
        "$PUHUI" search --near "{lat},{lon}" --radius "$radius" --db "$DB" --format json --as-of "$AS_OF" \
        | tee -a "$OUT/whole.txt"
    echo "load $(load)" >> "$OUT/whole.txt"
done

# ---- 7. summary: median over rounds of each statistic ----
log "summary (raw lines in $OUT)"
awk '
    function field(name,   i, kv) { for (i = 1; i <= NF; i++) { split($i, kv, "="); if (kv[1] == name) return kv[2] } return "" }
    /p50_ms=/ {
        if ($1 ~ /^round=/) { label = $2 } else { label = $1 }
        key = field("radius") " " field("filter")
        keys[key] = 1; labels[label] = 1
        for (s = 1; s <= 4; s++) {
            stat = (s == 1 ? "p50_ms" : s == 2 ? "p99_ms" : s == 3 ? "cpu_p50_ms" : "cpu_p99_ms")
            n = ++count[label, key, stat]; value[label, key, stat, n] = field(stat)
        }
    }
    function median(label, key, stat,   n, i, j, a, t) {
        n = count[label, key, stat]; if (n == 0) return -1
        for (i = 1; i <= n; i++) a[i] = value[label, key, stat, i] + 0
        for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t }
        return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
    }
    END {
        printf "%-6s %-10s %-8s %9s %9s %9s %9s\n", "radius", "filter", "who", "p50 ms", "p99 ms", "cpu p50", "cpu p99"
        for (key in keys) for (label in labels) if (count[label, key, "p50_ms"]) {
            split(key, k, " ")
            printf "%-6s %-10s %-8s %9.3f %9.3f %9.3f %9.3f\n", k[1], k[2], label, median(label, key, "p50_ms"),
                median(label, key, "p99_ms"), median(label, key, "cpu_p50_ms"), median(label, key, "cpu_p99_ms")
        }
    }' "$OUT/inprocess.txt" "$OUT/whole.txt" | (read -r header; echo "$header"; sort -k1,1n -k2,2 -k3,3) | tee "$OUT/summary.txt"
log "done: $OUT"
