#!/usr/bin/env bash
# Import speed of two builds, in interleaved pairs (BENCHMARKS.md, "Registry core: before and
# after"): each binary prepares its own starting registries once (its own schema), then for each
# of PAIRS rounds imports outlets, then prices, into a fresh copy of its starting registry —
# before, after, before, after… — timed by GNU time (wall, user + system CPU). The ratio of each
# pair (after / before, taken in the same minute) cancels the machine's drift; the script prints
# the median of the paired ratios and the medians of each side.
#
#   Benchmarks/run-import-pairs.sh BEFORE_BIN AFTER_BIN DATA OUT [PAIRS]
set -euo pipefail
BEFORE=$1; AFTER=$2; DATA=$3; OUT=$4; PAIRS=${5:-8}
mkdir -p "$OUT"
prepare() { # label binary
    local label=$1 bin=$2 db="$OUT/$1-start"
    rm -f "$db"-*.sqlite*
    "$bin" init --db "$db-outlets.sqlite" >/dev/null 2>&1
    "$bin" import operators "$DATA/operators.csv" --db "$db-outlets.sqlite" --officer bench --reason benchmark >/dev/null
    cp "$db-outlets.sqlite" "$db-prices.sqlite"
    "$bin" import outlets "$DATA/outlets.csv" --db "$db-prices.sqlite" --officer bench --reason benchmark >/dev/null
}
one() { # label binary table pair
    local label=$1 bin=$2 table=$3 pair=$4 db="$OUT/run.sqlite"
    rm -f "$db" "$db-wal" "$db-shm"
    cp "$OUT/$label-start-$table.sqlite" "$db"
    /usr/bin/time -f "%e %U %S" -o "$OUT/time.txt" \
        "$bin" import "$table" "$DATA/$table.csv" --db "$db" --officer bench --reason benchmark >/dev/null
    read -r wall user sys < "$OUT/time.txt"
    echo "$table $pair $label wall=$wall cpu=$(echo "$user + $sys" | bc) load=$(cut -d' ' -f1 /proc/loadavg)" | tee -a "$OUT/pairs.txt"
}
prepare before "$BEFORE"
prepare after "$AFTER"
: > "$OUT/pairs.txt"
for pair in $(seq 1 "$PAIRS"); do
    for table in outlets prices; do
        one before "$BEFORE" "$table" "$pair"
        one after "$AFTER" "$table" "$pair"
    done
done
python3 - "$OUT/pairs.txt" <<'PY'
import re, statistics, sys
rows = [dict(re.findall(r"(\w+)=([\d.]+)", l), table=l.split()[0], pair=l.split()[1], label=l.split()[2]) for l in open(sys.argv[1])]
for table in ("outlets", "prices"):
    for measure in ("wall", "cpu"):
        side = {lab: {r["pair"]: float(r[measure]) for r in rows if r["table"] == table and r["label"] == lab} for lab in ("before", "after")}
        ratios = sorted(side["after"][p] / side["before"][p] for p in side["before"] if p in side["after"])
        print(f"{table} {measure}: before median {statistics.median(side['before'].values()):.2f} s, "
              f"after median {statistics.median(side['after'].values()):.2f} s, "
              f"paired after/before median {statistics.median(ratios):.3f} (range {ratios[0]:.3f}–{ratios[-1]:.3f}, n={len(ratios)})")
PY
