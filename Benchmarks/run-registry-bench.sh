#!/usr/bin/env bash
# The registry benchmark, end to end (BENCHMARKS.md, "Registry"). Not for CI: on a 2-core machine it
# takes ≈ 30 minutes the first time (generate, build, a 15-minute import of 1,000,000 outlets),
# ≈ 15 minutes after, and needs ≈ 6 GB of disk under Benchmarks/data/ (git-ignored).
#
#   Benchmarks/run-registry-bench.sh            # everything; reuses data and registry if present
#   REIMPORT=1 Benchmarks/run-registry-bench.sh # import again (timed) into a fresh registry
#
# Steps: 1. generate the 1M registry's CSV files if missing (puhui-datagen, seed 42);
# 2. build registry-bench and puhui (release) and the C floor (gcc -O2); 3. import (whole
# command, `puhui import … --officer bench`, timed per file) unless the registry exists;
# 4. the shared query centres; 5. in-process search: C floor (join, rtree) and Swift back to back
# for each case, ROUNDS times, answers compared; 6. whole process: the C floor's `once` and
# `puhui search`, alternating, twice per radius; 7. a summary table (median over rounds and
# repeats of each statistic). Every raw line goes to $OUT/.
#
# Knobs (environment): N (centres, 200; the C join at 3 km costs ≈ 40 ms CPU a query, so 1,000
# centres take ≈ 5× longer), WHOLE (process starts per case and repeat, 100), ROUNDS (2), FLAGS=1
# (also run the side-table experiment), SCRATCH (build directory, .build-bench), DB, DATA, OUT,
# AS_OF (2026-11-29).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
DATA=${DATA:-$ROOT/Benchmarks/data/1m}
DB=${DB:-$ROOT/Benchmarks/data/registry-1m.sqlite}
SCRATCH=${SCRATCH:-$ROOT/.build-bench}
OUT=${OUT:-$ROOT/Benchmarks/data/results-$(date -u +%Y%m%dT%H%M%SZ)}
N=${N:-200}
WHOLE=${WHOLE:-100}
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
    echo "commit: $(git rev-parse --short HEAD 2>/dev/null || echo unknown)$(git diff --quiet HEAD -- Sources Schema Seed 2>/dev/null || echo " (working tree differs)")"
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

# ---- 5. in process, interleaved case by case ----
: > "$OUT/inprocess.txt"
for round in $(seq "$ROUNDS"); do
    for radius in 1000 3000; do
        for filter in all certified childcare; do
            log "in-process round $round, $radius m, $filter (load $(load))"
            case_args=(--db "$DB" --centres "$OUT/centres.txt" --radii "$radius" --filters "$filter" --as-of "$AS_OF")
            dump="$radius-$filter-round$round.txt"
            {
                "$NEARBY" bench "${case_args[@]}" --algo join --dump "$OUT/dump-c-join-$dump"
                "$BENCH" search "${case_args[@]}" --dump "$OUT/dump-swift-$dump"
                "$NEARBY" bench "${case_args[@]}" --algo rtree --dump "$OUT/dump-c-rtree-$dump"
            } | sed "s/^/round=$round /" | tee -a "$OUT/inprocess.txt"
        done
    done
    echo "round=$round end load $(load)" >> "$OUT/inprocess.txt"
done
# The three must give the same answers (totals, ids in order, distances to the millimetre, fees).
for swift in "$OUT"/dump-swift-*; do
    for other in c-join c-rtree; do
        cmp -s "$swift" "${swift/dump-swift-/dump-$other-}" || echo "answers DIFFER: $swift vs $other"
    done
done > "$OUT/answers.txt"
if [ -s "$OUT/answers.txt" ]; then
    cat "$OUT/answers.txt" | tee -a "$OUT/inprocess.txt"
else
    echo "answers: Swift, C join and C rtree identical on every query" | tee -a "$OUT/inprocess.txt"
fi

# Optional experiment (BENCHMARKS.md, "What would make it faster"): the recognition filter from a
# narrow side table, C only.
if [ "${FLAGS:-0}" = 1 ]; then
    "$NEARBY" flags --db "$DB" --out "$OUT/flags.sqlite"
    for radius in 1000 3000; do
        for filter in certified childcare; do
            "$NEARBY" bench --db "$DB" --centres "$OUT/centres.txt" --radii "$radius" --filters "$filter" --algo rtree \
                --flags "$OUT/flags.sqlite" | tee -a "$OUT/inprocess.txt"
        done
    done
fi

# ---- 6. whole process (certified, the resident default), alternating C and Swift ----
: > "$OUT/whole.txt"
for radius in 1000 3000; do
    for repeat in 1 2; do
        log "whole process, radius $radius, repeat $repeat (load $(load))"
        "$NEARBY" spawn --centres "$OUT/centres.txt" --count "$WHOLE" --label c-once --radius "$radius" --filter certified -- \
            "$NEARBY" once --db "$DB" --near "{lat},{lon}" --radius "$radius" --filter certified --as-of "$AS_OF" \
            | tee -a "$OUT/whole.txt"
        "$NEARBY" spawn --centres "$OUT/centres.txt" --count "$WHOLE" --label puhui --radius "$radius" --filter certified -- \
            "$PUHUI" search --near "{lat},{lon}" --radius "$radius" --db "$DB" --format json --as-of "$AS_OF" \
            | tee -a "$OUT/whole.txt"
    done
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
