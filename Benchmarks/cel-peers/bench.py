#!/usr/bin/env python3
"""The Python peers of Puhui's CEL engine on one rule (BENCHMARKS.md, "CEL engine").

    bench.py RECORDS.csv [--rounds N] [--budget SECONDS] [--expect PASSES] [--only NAME,...]

Reads the records written by gen_records.py (the same file cel-bench reads) and, for each peer
engine, in this one process and on one thread:
  1. compiles the rule once (timed, reported);
  2. converts every record to the engine's native input once (timed, reported, not part of the
     evaluation figures);
  3. evaluates all records, `rounds` times (fewer when a round is slow: rounds stop once the
     engine has used `budget` seconds, but at least one full round always runs), timing each
     round by wall clock and by process CPU time; results are collected with a list
     comprehension, the cheapest Python loop, and checked after the clock stops;
  4. counts the records whose result is boolean true; any non-boolean result is an error.
All engines must agree on the pass count (and with --expect, the Swift count); otherwise the
script exits non-zero. Each variant prints a `RESULT {json}` line for run-cel-bench.sh.
"""
import argparse
import csv
import gc
import importlib.metadata
import json
import statistics
import sys
import time

CEL_RULE = "price <= median * 0.85 && staff * 3 >= infants && pledge_signed"
# zen-engine and rule-engine spell logical and as `and`.
AND_RULE = "price <= median * 0.85 and staff * 3 >= infants and pledge_signed"


def load(path):
    records = []
    with open(path, newline="") as f:
        reader = csv.reader(f)
        header = next(reader)
        if header != ["price", "median", "staff", "infants", "pledge_signed"]:
            sys.exit(f"bench.py: unexpected header {header}")
        for row in reader:
            if row[4] not in ("true", "false"):
                sys.exit(f"bench.py: bad record {row}")
            # price and median are doubles (CEL has no int*double); staff, infants ints.
            records.append({"price": float(row[0]), "median": float(row[1]), "staff": int(row[2]),
                            "infants": int(row[3]), "pledge_signed": row[4] == "true"})
    return records


def version(dist):
    try:
        return importlib.metadata.version(dist)
    except importlib.metadata.PackageNotFoundError:
        return "?"


# Each peer: (label, PyPI distribution, how it is called, setup) where setup() returns
# (evaluate, convert, is_true): evaluate(native_input) -> result; convert(record) -> native input;
# is_true(result) -> True / False, or None for a non-boolean (error) result.

def peer_zen():
    import zen
    expr = zen.compile_expression(AND_RULE)
    return expr.evaluate, (lambda r: r), (lambda v: v if isinstance(v, bool) else None)


def peer_cel_context():
    import cel
    prog = cel.compile(CEL_RULE)
    # A Context per record: the library's recommended activation; it converts its variables to
    # CEL values on first use and caches them, so later rounds evaluate prebuilt activations.
    return prog.execute, (lambda r: cel.Context(variables=r)), (lambda v: v if isinstance(v, bool) else None)


def peer_cel_dict():
    import cel
    prog = cel.compile(CEL_RULE)
    return prog.execute, (lambda r: r), (lambda v: v if isinstance(v, bool) else None)


def _celpy(runner_name):
    import celpy
    import celpy.celparser
    import celpy.celtypes
    # celpy keeps one Lark parser per process, built with the first Environment's tree class;
    # CompiledRunner needs its own (TranspilerTree) nodes, so start each Environment afresh.
    celpy.celparser.CELParser.CEL_PARSER = None
    env = celpy.Environment(runner_class=getattr(celpy, runner_name))
    prog = env.program(env.compile(CEL_RULE))

    def convert(r):
        return {k: celpy.json_to_cel(v) for k, v in r.items()}

    def is_true(v):
        return bool(v) if isinstance(v, celpy.celtypes.BoolType) else None

    return prog.evaluate, convert, is_true


def peer_celpy_compiled():
    return _celpy("CompiledRunner")


def peer_celpy_interpreted():
    return _celpy("InterpretedRunner")


def peer_rule_engine():
    import rule_engine
    rule = rule_engine.Rule(AND_RULE)
    return rule.matches, (lambda r: r), (lambda v: v if isinstance(v, bool) else None)


PEERS = [
    ("zen-engine", "zen-engine", "zen.compile_expression(rule).evaluate(dict)", peer_zen),
    ("common-expression-language", "common-expression-language",
     "cel.compile(rule).execute(cel.Context) (Context prebuilt per record)", peer_cel_context),
    ("common-expression-language/dict", "common-expression-language",
     "cel.compile(rule).execute(dict)", peer_cel_dict),
    ("cel-python", "cel-python",
     "Environment(runner_class=CompiledRunner) .program(..).evaluate(celtypes dict)", peer_celpy_compiled),
    ("cel-python/interpreted", "cel-python",
     "Environment() (default InterpretedRunner) .program(..).evaluate(celtypes dict)", peer_celpy_interpreted),
    ("rule-engine", "rule-engine", "rule_engine.Rule(rule).matches(dict)", peer_rule_engine),
]


def run_peer(label, dist, how, setup, records, rounds, budget):
    t0 = time.perf_counter()
    evaluate, convert, is_true = setup()
    compile_s = time.perf_counter() - t0

    t0 = time.perf_counter()
    inputs = [convert(r) for r in records]
    prep_s = time.perf_counter() - t0

    # Warm-up on a slice (first-call costs, caches); not reported.
    for x in inputs[:1000]:
        evaluate(x)

    walls, cpus = [], []
    results = None
    spent = 0.0
    gc.collect()
    while len(walls) < rounds:
        w0, c0 = time.perf_counter(), time.process_time()
        results = [evaluate(x) for x in inputs]
        c1, w1 = time.process_time(), time.perf_counter()
        walls.append(w1 - w0)
        cpus.append(c1 - c0)
        spent += w1 - w0
        if spent + walls[-1] > budget:
            break

    passes = errors = 0
    for v in results:
        t = is_true(v)
        if t is None:
            errors += 1
        elif t:
            passes += 1
    n = len(records)
    res = {
        "engine": label, "package": dist, "version": version(dist), "records": n, "rounds": len(walls),
        "best_eps": n / min(walls), "median_eps": n / statistics.median(walls), "best_cpu_eps": n / min(cpus),
        "passes": passes, "errors": errors, "compile_s": compile_s, "prep_s": prep_s, "note": how,
    }
    print(f"{label:32} {dist} {res['version']}: best {res['best_eps'] / 1e3:9.1f} k/s "
          f"({1e9 / res['best_eps']:,.0f} ns/eval), median {res['median_eps'] / 1e3:9.1f} k/s, "
          f"best by process CPU {res['best_cpu_eps'] / 1e3:9.1f} k/s; {len(walls)} round(s); "
          f"passes {passes}, errors {errors}; compile {compile_s * 1e3:.1f} ms, "
          f"input conversion {prep_s * 1e3:.0f} ms ({prep_s / n * 1e9:,.0f} ns/record, not timed) — {how}",
          flush=True)
    print("RESULT " + json.dumps(res), flush=True)
    return res


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("records")
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--budget", type=float, default=20.0, help="seconds of evaluation per engine before stopping rounds")
    ap.add_argument("--expect", type=int, help="the pass count every engine must report (cel-bench's)")
    ap.add_argument("--only", help="comma-separated engine labels to run")
    args = ap.parse_args()

    # Import every peer up front so that the compile times below exclude module loading.
    import cel, celpy, rule_engine, zen  # noqa: F401,E401

    records = load(args.records)
    print(f"bench.py: Python {sys.version.split()[0]}; {len(records)} records from {args.records}", flush=True)
    print(f"rule: {CEL_RULE}  (zen-engine, rule-engine: `and`)", flush=True)
    only = set(args.only.split(",")) if args.only else None

    # The floor of any Python-called engine: the same list comprehension calling a trivial
    # C builtin (len) on each record dict. Reported for context; not an engine.
    walls = []
    for _ in range(5):
        w0 = time.perf_counter()
        _ = [len(x) for x in records]
        walls.append(time.perf_counter() - w0)
    floor = {"floor": True, "engine": "python-call-floor", "records": len(records),
             "best_eps": len(records) / min(walls), "note": "[len(r) for r in records]"}
    print(f"{'python call floor':32} [len(r) for r in records]: best {floor['best_eps'] / 1e6:.2f} M/s "
          f"({1e9 / floor['best_eps']:.0f} ns/call) — the per-record cost of the loop and call alone", flush=True)
    print("RESULT " + json.dumps(floor), flush=True)
    results = []
    for label, dist, how, setup in PEERS:
        if only and label not in only:
            continue
        results.append(run_peer(label, dist, how, setup, records, args.rounds, args.budget))

    failed = False
    counts = {r["engine"]: r["passes"] for r in results}
    for r in results:
        if r["errors"]:
            print(f"FAIL: {r['engine']} returned {r['errors']} non-boolean results", file=sys.stderr)
            failed = True
    if len(set(counts.values())) > 1:
        print(f"FAIL: the engines disagree on the pass count: {counts}", file=sys.stderr)
        failed = True
    if args.expect is not None and any(c != args.expect for c in counts.values()):
        print(f"FAIL: expected {args.expect} passes (cel-bench), got {counts}", file=sys.stderr)
        failed = True
    if failed:
        return 1
    print(f"all {len(results)} peer variants agree: {next(iter(counts.values()))} passing records", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
