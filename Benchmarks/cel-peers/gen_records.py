#!/usr/bin/env python3
"""Deterministic fact records for the CEL engine benchmark (BENCHMARKS.md, "CEL engine").

Writes N records (default 100,000; fixed seed) as CSV with the header
    price,median,staff,infants,pledge_signed
price and median are doubles (written with two decimals; CEL does not coerce int*double),
staff and infants ints, pledge_signed "true"/"false". Both cel-bench (Swift) and bench.py
(Python peers) read this one file, so every engine sees identical records.

The rule is `price <= median * 0.85 && staff * 3 >= infants && pledge_signed`. Each clause is
true for roughly 64-85% of records, independently, so about 43% pass and every clause decides
some records. Prices within 0.01 of median*0.85 are nudged away so that engines computing with
decimals (rule-engine, zen) and with IEEE doubles (CEL) cannot disagree on a tie.
Standard library only; no third-party packages.
"""
import random
import sys

SEED = 20261129


def generate(n, seed=SEED):
    rng = random.Random(seed)
    rows = []
    for _ in range(n):
        median = round(rng.uniform(1500.0, 6000.0), 2)
        # price around the median: ~64% at or below 85% of it
        price = round(median * rng.uniform(0.50, 1.05), 2)
        if abs(price - median * 0.85) < 0.01:
            price = round(price + 0.05, 2)
        staff = rng.randint(1, 8)
        # infants mostly within 3 per staff member, sometimes over
        infants = rng.randint(0, staff * 3 + 3)
        pledge = rng.random() < 0.85
        rows.append((price, median, staff, infants, pledge))
    return rows


def main(argv):
    if len(argv) < 2:
        print("usage: gen_records.py OUT.csv [N]", file=sys.stderr)
        return 2
    out = argv[1]
    n = int(argv[2]) if len(argv) > 2 else 100_000
    rows = generate(n)
    with open(out, "w", newline="\n") as f:
        f.write("price,median,staff,infants,pledge_signed\n")
        for price, median, staff, infants, pledge in rows:
            f.write(f"{price:.2f},{median:.2f},{staff},{infants},{'true' if pledge else 'false'}\n")
    passing = sum(1 for p, m, s, i, g in rows if p <= m * 0.85 and s * 3 >= i and g)
    c1 = sum(1 for p, m, s, i, g in rows if p <= m * 0.85)
    c2 = sum(1 for p, m, s, i, g in rows if s * 3 >= i)
    c3 = sum(1 for p, m, s, i, g in rows if g)
    print(f"wrote {n} records to {out} (seed {SEED}); clause pass rates "
          f"{c1 / n:.1%} / {c2 / n:.1%} / {c3 / n:.1%}; rule passes {passing} ({passing / n:.1%}) by Python floats")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
