#!/usr/bin/env bash
# The differential run against cel-cpp (BENCHMARKS.md, "CEL: agreement with cel-cpp").
#
#   Benchmarks/cel-diff/run.sh [--seed S] [--count N]
#
# Creates Benchmarks/.venv if missing and installs the pinned cel-expr-python, builds
# cel-conformance (release), generates N typed random expressions from the seed (gen.py),
# evaluates them with both engines and prints the disagreements by class and the agreement
# rate; the report is also written to Benchmarks/data/cel-diff/report-SEED-N.md.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
BENCH="$(cd "$HERE/.." && pwd)"
ROOT="$(cd "$BENCH/.." && pwd)"
SEED=20261202 COUNT=12000
while [ $# -gt 0 ]; do
    case "$1" in
        --seed) SEED="$2"; shift 2 ;;
        --count) COUNT="$2"; shift 2 ;;
        *) echo "usage: $0 [--seed S] [--count N]" >&2; exit 2 ;;
    esac
done
VENV="$BENCH/.venv"
[ -x "$VENV/bin/python" ] || python3 -m venv "$VENV"
"$VENV/bin/pip" install -q --disable-pip-version-check -r "$HERE/requirements.txt"
swift build --package-path "$ROOT" -c release --product cel-conformance --scratch-path "$ROOT/.build-celdiff" >/dev/null
OUT="$BENCH/data/cel-diff"
mkdir -p "$OUT"
"$VENV/bin/python" "$HERE/diff.py" --engine "$ROOT/.build-celdiff/release/cel-conformance" \
    --seed "$SEED" --count "$COUNT" --report "$OUT/report-$SEED-$COUNT.md"
