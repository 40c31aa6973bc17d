#!/usr/bin/env bash
# The CEL engine benchmark (BENCHMARKS.md, "CEL engine"): one rule, compiled once, evaluated over
# the same 100,000 generated records by Puhui's engine (Swift, release build) and, in the same
# run, by the Python peers zen-engine, common-expression-language, cel-python and rule-engine.
# Everything runs single-threaded: the figures are evaluations per second per core.
#
#   Benchmarks/run-cel-bench.sh [--rounds N] [--py-rounds N] [--budget SECONDS] [--records N]
#
# Creates Benchmarks/.venv (pinned Benchmarks/cel-peers/requirements.txt) if missing, writes
# the records to Benchmarks/data/cel/records.csv (fixed seed), builds and runs cel-bench, runs
# cel-peers/bench.py, prints one comparison table, and fails unless all pass counts agree.
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"
ROUNDS=20 PY_ROUNDS=5 BUDGET=20 N=100000
while [ $# -gt 0 ]; do
    case "$1" in
        --rounds) ROUNDS="$2"; shift 2 ;;
        --py-rounds) PY_ROUNDS="$2"; shift 2 ;;
        --budget) BUDGET="$2"; shift 2 ;;
        --records) N="$2"; shift 2 ;;
        *) echo "usage: $0 [--rounds N] [--py-rounds N] [--budget SECONDS] [--records N]" >&2; exit 2 ;;
    esac
done

VENV="$HERE/.venv"
DATA="$HERE/data/cel"
OUT="$DATA/run-$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$DATA" "$OUT"

if [ ! -x "$VENV/bin/python" ]; then
    echo "== creating $VENV"
    python3 -m venv "$VENV"
fi
echo "== pip install -r cel-peers/requirements.txt (pinned)"
"$VENV/bin/pip" install -q --disable-pip-version-check -r "$HERE/cel-peers/requirements.txt"

echo "== records"
python3 "$HERE/cel-peers/gen_records.py" "$DATA/records.csv" "$N"

echo "== building cel-bench (release)"
if ! swift build --package-path "$HERE" -c release --product cel-bench --scratch-path "$ROOT/.build-celbench" \
        > "$OUT/build.log" 2>&1; then
    cat "$OUT/build.log" >&2
    echo "cel-bench failed to build" >&2
    exit 1
fi
tail -1 "$OUT/build.log"
BIN="$ROOT/.build-celbench/release/cel-bench"

echo "== machine"
{
    echo "date (UTC): $(date -u '+%Y-%m-%d %H:%M')"
    echo "nproc: $(nproc)"
    echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
    echo "memory: $(free -h | awk '/^Mem:/ {print $2 " total, " $7 " available"}')"
    echo "kernel: $(uname -sr)"
    echo "swift: $(swift --version 2>&1 | head -1)"
    echo "python: $("$VENV/bin/python" --version 2>&1)"
    echo "puhui: $(git -C "$ROOT" rev-parse --short HEAD)$(git -C "$ROOT" diff --quiet HEAD -- Sources/CEL || echo ' (Sources/CEL modified)')"
    echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee "$OUT/machine.txt"

echo "== Puhui (cel-bench)"
VERSION="$(git -C "$ROOT" rev-parse --short HEAD)"
"$BIN" "$DATA/records.csv" --rounds "$ROUNDS" --version "$VERSION" | tee "$OUT/swift.txt"
PASSES="$(sed -n 's/^passing records: \([0-9]*\) of.*/\1/p' "$OUT/swift.txt")"
[ -n "$PASSES" ] || { echo "cel-bench printed no pass count" >&2; exit 1; }

echo "== Python peers (bench.py)"
"$VENV/bin/python" "$HERE/cel-peers/bench.py" "$DATA/records.csv" --rounds "$PY_ROUNDS" --budget "$BUDGET" \
    --expect "$PASSES" | tee "$OUT/python.txt"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$OUT/machine.txt"

echo "== comparison (evaluations/s, one thread; also in $OUT/table.md)"
python3 "$HERE/cel-peers/table.py" "$OUT/swift.txt" "$OUT/python.txt" | tee "$OUT/table.md"
