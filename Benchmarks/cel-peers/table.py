#!/usr/bin/env python3
"""Reads the `RESULT {json}` lines of cel-bench and bench.py (files given as arguments) and
prints one Markdown comparison table; exits non-zero unless every engine reports the same pass
count. Standard library only (run by the system python3)."""
import json
import sys


def rate(x):
    return f"{x / 1e6:.2f} M" if x >= 1e6 else f"{x / 1e3:.1f} k"


def main(paths):
    rows = []
    for p in paths:
        with open(p) as f:
            for line in f:
                if line.startswith("RESULT "):
                    rows.append(json.loads(line[len("RESULT "):]))
    floors = [r for r in rows if r.get("floor")]
    rows = [r for r in rows if not r.get("floor")]
    puhui = [r for r in rows if r["engine"] == "puhui"]
    peers = [r for r in rows if r["engine"] != "puhui"]
    if not puhui or not peers:
        print("table.py: missing results", file=sys.stderr)
        return 1
    ref = next(r for r in puhui if r["variant"] == "slots")
    def prep(r):
        return f"{r['prep_s'] / r['records'] * 1e9:,.0f} ns" if "prep_s" in r else "in timing"

    print("| engine (how it is called) | version | evals/s best | evals/s median | best by CPU time | Puhui `slots` is ×faster (best) | input conversion per record (not timed) | rounds | passes |")
    print("|---|---|---:|---:|---:|---:|---:|---:|---:|")
    for r in puhui:
        name = f"**Puhui CEL** `{r['variant']}`: {r['note']}"
        ratio = "1" if r is ref else f"{ref['best_eps'] / r['best_eps']:.2f}"
        print(f"| {name} | {r['version']} | {rate(r['best_eps'])} | {rate(r['median_eps'])} | {rate(r['best_cpu_eps'])} | {ratio} | {prep(r)} | {r['rounds']} | {r['passes']} |")
    for r in sorted(peers, key=lambda r: -r["best_eps"]):
        name = f"{r['engine']}: `{r['note']}`"
        print(f"| {name} | {r['version']} | {rate(r['best_eps'])} | {rate(r['median_eps'])} | {rate(r['best_cpu_eps'])} | {ref['best_eps'] / r['best_eps']:,.1f} | {prep(r)} | {r['rounds']} | {r['passes']} |")
    counts = {f"{r['engine']}/{r.get('variant', '')}": r["passes"] for r in rows}
    if len(set(counts.values())) != 1:
        print(f"\nFAIL: pass counts differ: {counts}", file=sys.stderr)
        return 1
    fastest_peer = max(peers, key=lambda r: r["best_eps"])
    best_puhui = max(puhui, key=lambda r: r["best_eps"])
    for f in floors:
        print(f"\nPython call floor (`{f['note']}`): {rate(f['best_eps'])}/s, {1e9 / f['best_eps']:.0f} ns per record.")
    print(f"\nAll {len(rows)} rows agree: {ref['passes']} of {ref['records']} records pass.")
    verdict = "fastest" if best_puhui["best_eps"] > fastest_peer["best_eps"] else "NOT the fastest"
    print(f"Puhui ({best_puhui['variant']}, {rate(best_puhui['best_eps'])}/s) is {verdict}; the fastest peer is "
          f"{fastest_peer['engine']} ({rate(fastest_peer['best_eps'])}/s).")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
