#!/usr/bin/env bash
# The cost budget against the issue's shapes (BENCHMARKS.md, "CEL: limits"): each expression
# must stop with a limit error within 100 ms and 64 MiB (the four-deep comprehension within
# 1 s and 200 MiB), with the default budget, in a release build, one process per expression.
#
#   Benchmarks/cel-limits.sh
#
# Prints one row per expression (evaluation time, the process's peak resident memory including
# the runtime's own ~15 MiB, the result's error kind) and exits non-zero if any row misses.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"
swift build --package-path "$ROOT" -c release --product cel-conformance --scratch-path "$ROOT/.build-celdiff" >/dev/null
BIN="$ROOT/.build-celdiff/release/cel-conformance"

python3 - "$BIN" <<'PY'
import json, subprocess, sys
bin_ = sys.argv[1]

def doubling(levels, body):
    src = body
    for i in range(levels, 0, -1):
        src = "cel.bind(a%d, [a%d, a%d], %s)" % (i, i - 1, i - 1, src)
    return "cel.bind(a0, [1], %s)" % src

def nested_maps(levels):
    e = "[0]"
    for i in range(levels):
        e = "[%s].map(v%d, [v%d, v%d])[0]" % (e, i, i, i)
    return e

thousand = "[" + ", ".join(str(i) for i in range(1000)) + "]"
# A 16 KiB string, doubled ten times from 16 bytes.
t16k = "'abcdefghabcdefgh'"
for _ in range(10):
    t16k = "cel.bind(q, %s, q + q)" % t16k
cases = [
    ("bind chain, 26 levels, ==", doubling(26, "a26 == a26"), 100, 64),
    ("bind chain, 40 levels, ==", doubling(40, "a40 == a40"), 100, 64),
    ("bind chain, 40 levels, in", doubling(40, "a40 in [a40]"), 100, 64),
    ("bind chain, 40 levels, map", doubling(40, "a40.map(x, x == a39)"), 100, 64),
    ("bind chain, 40 levels, format", doubling(40, "'%s'.format([a40])"), 100, 64),
    ("bind chain, 40 levels, exists", doubling(40, "a40.exists(x, x == a39 && false)"), 100, 64),
    ("30 nested one-element maps, ==", nested_maps(30) + " == " + nested_maps(30), 100, 64),
    ("30 nested one-element maps, format", "'%s'.format([" + nested_maps(30) + "])", 100, 64),
    ("string doubling to 16 MiB", "cel.bind(s, 'aaaaaaaa', " + "".join("cel.bind(s, s + s, " for _ in range(40)) + "s" + ")" * 41, 100, 64),
    ("list doubling", "cel.bind(w, [1], " + "".join("cel.bind(w, w + w, " for _ in range(40)) + "w" + ")" * 41, 100, 64),
    ("16 KiB string read 3× per step, 10^6 steps", "cel.bind(t, %s, cel.bind(l, %s, l.all(a, l.all(b, size(t) > 0 && !t.contains('z') && t < t + 'x'))))" % (t16k, thousand), 100, 64),
    ("4-deep comprehension over 1,000, map", "cel.bind(l, %s, l.map(a, l.map(b, l.map(c, l.map(d, [a, b, c, d])))))" % thousand, 1000, 200),
    ("4-deep comprehension over 1,000, all", "cel.bind(l, %s, l.all(a, l.all(b, l.all(c, l.all(d, a + b + c + d >= 0)))))" % thousand, 1000, 200),
]
baseline = subprocess.run([bin_, "--eval", "1"], capture_output=True, text=True).stdout.split()
base_rss = int(baseline[-1]) // 1024
print("| expression | eval ms | peak RSS MiB | result | bound |")
print("|---|---:|---:|---|---|")
print("| `1` (the process alone) | | %d | | |" % base_rss)
missed = 0
for name, src, ms_bound, mib_bound in cases:
    out = subprocess.run([bin_, "--eval", src], capture_output=True, text=True, timeout=120).stdout.splitlines()
    result = json.loads(out[0])
    ms = float(out[1].split()[1])
    mib = int(out[2].split()[1]) / 1024
    kind = result.get("error", "value!")
    ok = kind == "limit" and ms <= ms_bound and mib <= mib_bound
    missed += not ok
    print("| %s | %.1f | %.1f | %s | %s %d ms / %d MiB |" % (name, ms, mib, kind, "ok" if ok else "MISSED", ms_bound, mib_bound))
sys.exit(1 if missed else 0)
PY
