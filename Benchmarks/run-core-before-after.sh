#!/usr/bin/env bash
# Two builds of puhui on the same synthetic registry, one after the other (BENCHMARKS.md,
# "Registry core: before and after"). Not for CI.
#
#   Benchmarks/run-core-before-after.sh BEFORE_PUHUI AFTER_PUHUI DATA_DIR OUT_DIR
#
# DATA_DIR holds operators.csv, outlets.csv and prices.csv from
#   swift run --package-path Benchmarks -c release puhui-datagen --outlets 100000 --operators 2000 --seed 42 --out DATA_DIR
# Each build imports the three files into a fresh registry of its own (whole command, timed with
# GNU time), computes the market benchmark, runs `verify --all` twice (alternating builds), and
# hyperfine times the README's search (3 km, childcare, JSON) on both registries in one run.
set -euo pipefail
BEFORE=$1 AFTER=$2 DATA=$3 OUT=$4
AS_OF=${AS_OF:-2026-11-29}
RUNS=${RUNS:-30}
mkdir -p "$OUT"
timed() { local label=$1; shift; /usr/bin/env time -f "$label %e s wall %U s user %S s sys %M KiB" -a -o "$OUT/times.txt" "$@"; }
{
    echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)  nproc: $(nproc)  load: $(cut -d' ' -f1-3 /proc/loadavg)"
    echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
    echo "before: $("$BEFORE" --version 2>/dev/null || echo "(no --version)")  after: $("$AFTER" --version 2>/dev/null || echo "(no --version)")"
} | tee "$OUT/machine.txt"
: > "$OUT/times.txt"
for which in before after; do
    bin=$BEFORE; [ "$which" = after ] && bin=$AFTER
    db="$OUT/$which.sqlite"; rm -f "$db" "$db"-*
    "$bin" init --db "$db" > /dev/null
    for table in operators outlets prices; do
        timed "$which import-$table" "$bin" import "$table" "$DATA/$table.csv" --db "$db" --officer bench --reason benchmark > /dev/null
    done
    timed "$which benchmark-compute" "$bin" benchmark compute --as-of "$AS_OF" --db "$db" --officer bench > /dev/null
done
for round in 1 2; do
    for which in before after; do
        bin=$BEFORE; [ "$which" = after ] && bin=$AFTER
        timed "$which verify-all-$round" "$bin" verify --all --as-of "$AS_OF" --timing --db "$OUT/$which.sqlite" --officer bench \
            > "$OUT/verify-$which-$round.txt" 2>&1
    done
done
search() { echo "$1 search --near 32.0100,120.8600 --radius 3000 --kind childcare --format json --as-of $AS_OF --db $OUT/$2.sqlite"; }
"$BEFORE" search --near 32.0100,120.8600 --radius 3000 --kind childcare --format json --as-of "$AS_OF" --db "$OUT/before.sqlite" > "$OUT/search-before.json"
"$AFTER" search --near 32.0100,120.8600 --radius 3000 --kind childcare --format json --as-of "$AS_OF" --db "$OUT/after.sqlite" > "$OUT/search-after.json"
cmp "$OUT/search-before.json" "$OUT/search-after.json" && echo "search answers: identical" | tee -a "$OUT/times.txt"
hyperfine --warmup 3 --runs "$RUNS" --export-json "$OUT/search.json" -n before "$(search "$BEFORE" before)" -n after "$(search "$AFTER" after)" \
    | tee "$OUT/search.txt"
cat "$OUT/times.txt"
