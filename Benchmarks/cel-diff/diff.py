"""The differential run: Puhui's CEL engine against cel-cpp (through cel-expr-python).

    diff.py --engine PATH/cel-conformance [--seed S] [--count N] [--report FILE]

Generates N typed random expressions (gen.py), evaluates each with cel-cpp (type-checked; an
expression the checker rejects is evaluated unchecked and counted apart) and with our engine
(`cel-conformance --jsonl`, one process), and compares the results: values by CEL type and
value (NaN equals NaN; timestamps and durations by their text, exact to the nanosecond),
errors with errors (messages are not normative). Disagreements are grouped by class — which
side erred, or how the values differ, and the most specific feature the expression used —
with the language definition's rule for the class, and the agreement rate is printed last.
"""

import argparse
import base64
import collections
import datetime
import json
import re
import subprocess
import sys

import gen
from cel_expr_python import cel
from cel_expr_python.ext import ext_bindings, ext_encoders, ext_math, ext_optional, ext_strings

# What the language definition (cel-spec doc/langdef.md) or the extension's documentation says
# for each feature, quoted in the report beside the disagreements of that class.
RULES = {
    "matches": "langdef: matches uses RE2 syntax (re2/wiki/Syntax); an invalid pattern is an error",
    "matches (computed pattern)": "langdef: matches uses RE2 syntax; a computed pattern fails at evaluation",
    "string(timestamp)": "langdef: string(timestamp) is RFC 3339 as in the protobuf JSON mapping (0, 3, 6 or 9 digits)",
    "string(duration)": "langdef: string(duration) follows the protobuf JSON mapping (seconds, 0/3/6/9 digits, 's')",
    "time zones": "langdef: TimeZone = 'UTC' | LongTZ (IANA) | FixedTZ ('±HH:MM')",
    "string(double)": "langdef is silent on the digits of string(double); cel-go and cel-cpp print %g-style shortest text",
    "format": "strings extension: format clauses %s %d %f %e %x %X %o %b with precision",
    "format of a timestamp or duration": "strings extension: %s of a timestamp/duration prints it as string() does",
    "double conversion": "langdef: double(string) parses a floating point literal",
    "int conversion": "langdef: int(string) parses a decimal integer; out-of-range is an error",
    "duration literal": "langdef: duration strings as in Go's time.ParseDuration; range of int64 nanoseconds",
    "timestamp literal": "langdef: timestamp strings are RFC 3339; range 0001-01-01 to 9999-12-31",
}


def _msg(x):
    return json.dumps(x, ensure_ascii=False)


# The intentional differences listed in docs/CEL.md ("Agreement with cel-cpp"), each recognised
# by what the two engines returned; a disagreement none of them explains is listed as unexplained.
KNOWN = [
    ("duration beyond the int64 nanosecond range",
     "docs/CEL.md: durations are int64 nanoseconds (±292 years), as the conformance suite and the issue require; "
     "cel-cpp takes the protobuf range (±10,000 years)",
     lambda e, cpp, mine: "2562048h" in e and ("invalid duration" in _msg(mine) or "range" in _msg(mine))),
    ("%d of a double",
     "strings extension: %d takes integers; cel-cpp prints a double as %f",
     lambda e, cpp, mine: "'%d'" in e and "decimal clause" in _msg(mine)),
    ("%s of bytes that are not UTF-8",
     "CEL strings are Unicode: %s of bytes decodes them, invalid sequences as U+FFFD; cel-cpp returns a string "
     "holding the raw bytes, which is not valid UTF-8 (Python cannot even convert it)",
     lambda e, cpp, mine: ".format(" in e and "\\x" in e and "Unable to convert" in _msg(cpp)),
    ("%s of a timestamp, duration or double",
     "strings extension: %s prints what string() prints; cel-cpp's format trims fractions and prints doubles with 6 digits",
     lambda e, cpp, mine: "%s" in e and re.search(r"\.format\(\[.*(timestamp\(|duration\(|\d\.\d|\de[+-]?\d|math\.)", e)
     and "error" not in cpp and "error" not in mine and "compile_error" not in mine),
    ("repeated map key under || or &&",
     "langdef: errors are values that && and || absorb; cel-cpp raises a repeated key and aborts the evaluation",
     lambda e, cpp, mine: "duplicate key" in _msg(cpp) and ("||" in e or "&&" in e)),
]


def new_env():
    return cel.NewEnv(extensions=[ext_strings.ExtStrings(), ext_math.ExtMath(), ext_bindings.ExtBindings(),
                                  ext_encoders.ExtEncoders(), ext_optional.ExtOptional()])


TYPE_NAMES = {"INT": "int", "UINT": "uint", "DOUBLE": "double", "BOOL": "bool", "STRING": "string",
              "BYTES": "bytes", "NULL": "null_type", "TIMESTAMP": "google.protobuf.Timestamp",
              "DURATION": "google.protobuf.Duration", "TYPE": "type"}


def type_name(t):
    n = t.name() if hasattr(t, "name") else str(t)
    if n.startswith("LIST") or n.startswith("list"):
        return "list"
    if n.startswith("MAP") or n.startswith("map"):
        return "map"
    if n.startswith("optional_type"):
        return "optional_type"
    return TYPE_NAMES.get(n, n)


def ns_from_timedelta(td):
    return ((td.days * 86400 + td.seconds) * 1_000_000 + td.microseconds) * 1000


def canon_cpp(v, env):
    """A cel-cpp Value in the tagged form our engine prints (EvalMode.typed)."""
    t = type_name(v.type())
    x = v.value()
    if t == "ERROR":
        return {"error": str(x)}
    return canon_plain(t, x)


def canon_plain(t, x):
    if t == "null_type" or x is None and t not in ("list", "map"):
        return {"null": None}
    if t == "bool":
        return {"bool": bool(x)}
    if t == "int":
        return {"int": str(int(x))}
    if t == "uint":
        return {"uint": str(int(x))}
    if t == "double":
        f = float(x)
        if f != f:
            return {"double": "NaN"}
        if f in (float("inf"), float("-inf")):
            return {"double": "Infinity" if f > 0 else "-Infinity"}
        return {"double": repr(f)}
    if t == "string":
        return {"string": x}
    if t == "bytes":
        return {"bytes": base64.b64encode(bytes(x)).decode()}
    if t == "list":
        return {"list": [canon_any(e) for e in x]}
    if t == "map":
        return {"map": [[canon_any(k), canon_any(e)] for k, e in x.items()]}
    if t == "type":
        return {"type": type_name(x)}
    if t == "google.protobuf.Timestamp":
        return {"timestamp_us": int(x.timestamp() * 0) + int((x - datetime.datetime(1970, 1, 1, tzinfo=datetime.timezone.utc)) / datetime.timedelta(microseconds=1))}
    if t == "google.protobuf.Duration":
        return {"duration_us": ns_from_timedelta(x) // 1000}
    return {"other": repr(x)}


def canon_any(e):
    """An element of a list or map: a cel.Value, or a plain Python value (map keys)."""
    if hasattr(e, "type") and hasattr(e, "value"):
        return canon_plain(type_name(e.type()), e.value())
    if isinstance(e, bool):
        return {"bool": e}
    if isinstance(e, int):
        return {"int": str(e)}
    if isinstance(e, str):
        return {"string": e}
    return {"other": repr(e)}


def parse_ts_ns(text):
    """Our RFC 3339 text (UTC, 'Z', up to 9 digits) as nanoseconds since the epoch."""
    date, frac = text[:-1], 0
    if "." in date:
        date, f = date.split(".")
        frac = int((f + "000000000")[:9])
    d = datetime.datetime.strptime(date, "%Y-%m-%dT%H:%M:%S").replace(tzinfo=datetime.timezone.utc)
    secs = (d - datetime.datetime(1970, 1, 1, tzinfo=datetime.timezone.utc)) // datetime.timedelta(seconds=1)
    return secs * 1_000_000_000 + frac


def parse_dur_ns(text):
    neg = text.startswith("-")
    body = text.lstrip("-")[:-1]
    whole, _, f = body.partition(".")
    ns = int(whole) * 1_000_000_000 + int((f + "000000000")[:9])
    return -ns if neg else ns


def to_micro(ours):
    """Our tagged value with timestamps/durations reduced to cel-cpp's Python precision (µs)."""
    if not isinstance(ours, dict) or len(ours) != 1:
        return ours
    (k, v), = ours.items()
    if k == "timestamp":
        return {"timestamp_us": parse_ts_ns(v) // 1000}
    if k == "duration":
        ns = parse_dur_ns(v)
        return {"duration_us": int(ns / 1000) if ns < 0 else ns // 1000}
    if k == "list":
        return {"list": [to_micro(e) for e in v]}
    if k == "map":
        return {"map": [[to_micro(a), to_micro(b)] for a, b in v]}
    return ours


def same(a, b):
    if isinstance(a, dict) and isinstance(b, dict) and "map" in a and "map" in b:
        if len(a["map"]) != len(b["map"]):
            return False
        rest = list(b["map"])
        for k, v in a["map"]:
            hit = next((i for i, (k2, v2) in enumerate(rest) if k2 == k and same(v, v2)), None)
            if hit is None:
                return False
            rest.pop(hit)
        return True
    if isinstance(a, dict) and isinstance(b, dict) and "list" in a and "list" in b:
        return len(a["list"]) == len(b["list"]) and all(same(x, y) for x, y in zip(a["list"], b["list"]))
    if isinstance(a, dict) and isinstance(b, dict) and "duration_us" in a and "duration_us" in b:
        return abs(a["duration_us"] - b["duration_us"]) <= 1   # timedelta rounds, we truncate
    return a == b


def run_cpp(env, expr, wanted):
    """(status, canonical value or message, checked?) from cel-cpp."""
    checked = True
    try:
        prog = env.compile(expr)
    except Exception as e:  # noqa: BLE001 - the binding raises plain RuntimeError
        checked = False
        try:
            prog = env.compile(expr, disable_check=True)
        except Exception as e2:  # noqa: BLE001
            return ("error", "compile: " + str(e2).splitlines()[0], False, None)
    try:
        v = prog.eval()
    except Exception as e:  # noqa: BLE001 - some errors (duplicate map keys) are raised, not returned
        return ("error", str(e).splitlines()[0], checked, None)
    try:
        c = canon_cpp(v, env)
    except Exception as e:  # noqa: BLE001 - e.g. optional values have no Python form
        return ("unconvertible", str(e).splitlines()[0], checked, None)
    text = None
    if "error" in c:
        return ("error", c["error"], checked, None)
    if "timestamp_us" in c or "duration_us" in c:
        # Python's datetime keeps microseconds; the exact value is compared through its text.
        try:
            s = env.compile("string(%s)" % expr, disable_check=not checked).eval()
            text = s.value() if type_name(s.type()) == "string" else None
        except Exception:  # noqa: BLE001
            text = None
    return ("value", c, checked, text)


def classify(features, kind, lift):
    """The class of a disagreement: how the results differ, and the feature of the expression
    most over-represented among disagreements (the likeliest cause)."""
    best = max(features, key=lambda f: (lift.get(f, 0.0), f in RULES)) if features else "-"
    return "%s: %s" % (kind, best)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--engine", required=True)
    ap.add_argument("--seed", type=int, default=20261202)
    ap.add_argument("--count", type=int, default=12000)
    ap.add_argument("--report", default=None)
    ap.add_argument("--show", type=int, default=3, help="examples per class")
    a = ap.parse_args()

    cases = gen.generate(a.seed, a.count)
    proc = subprocess.run([a.engine, "--jsonl"], input="\n".join(json.dumps({"id": i, "expr": e}) for i, (e, _, _) in enumerate(cases)) + "\n",
                          capture_output=True, text=True, check=True)
    ours = {}
    for line in proc.stdout.splitlines():
        o = json.loads(line)
        ours[o.pop("id")] = o

    env = new_env()
    agree = 0
    unchecked = 0
    outcomes = []   # (features, kind, expr, cel-cpp, ours) for each disagreement
    for i, (expr, wanted, features) in enumerate(cases):
        status, cpp, checked, text = run_cpp(env, expr, wanted)
        if not checked:
            unchecked += 1
        mine = ours.get(i, {"error": "missing"})
        mine_err = "error" in mine or "compile_error" in mine
        if status == "unconvertible":
            outcomes.append((["no Python form"], "not comparable", expr, cpp, mine))
        elif status == "error" and mine_err:
            agree += 1
        elif status == "error":
            outcomes.append((features, "cel-cpp error, ours a value", expr, cpp, mine["value"]))
        elif mine_err:
            outcomes.append((features, "ours an error, cel-cpp a value", expr, cpp, mine))
        elif text is not None:
            key = "timestamp" if "timestamp_us" in cpp else "duration"
            if key in mine["value"] and mine["value"][key] == text:
                agree += 1
            else:
                outcomes.append((features, "different values", expr, {"string": text}, mine["value"]))
        elif same(to_micro(mine["value"]), cpp):
            agree += 1
        else:
            outcomes.append((features, "different values", expr, cpp, mine["value"]))

    seen = collections.Counter(f for _, _, fs in cases for f in fs)
    bad = collections.Counter(f for fs, _, _, _, _ in outcomes for f in fs)
    lift = {f: bad[f] / seen[f] for f in bad if seen[f]}
    classes = collections.defaultdict(list)
    explained = 0
    for features, kind, expr, cpp, mine in outcomes:
        known = next((k for k in KNOWN if k[2](expr, cpp, mine)), None)
        if known:
            explained += 1
            RULES.setdefault("intentional: " + known[0], known[1])
            classes["intentional: " + known[0]].append((expr, cpp, mine))
        else:
            classes[classify(features, kind, lift)].append((expr, cpp, mine))

    total = len(cases)
    lines = ["# CEL differential run: Puhui vs cel-cpp (cel-expr-python)", "",
             "seed %d, %d expressions; cel-cpp type-checked %d, %d evaluated unchecked (the checker rejected them)."
             % (a.seed, total, total - unchecked, unchecked), ""]
    lines.append("| class | count | rule | example (expression → cel-cpp / ours) |")
    lines.append("|---|---:|---|---|")
    for name, items in sorted(classes.items(), key=lambda kv: -len(kv[1])):
        feature = name.split(": ", 1)[-1]
        rule = RULES.get(name) or next((RULES[f] for f in feature.split(" + ") if f in RULES), "")
        for j, (expr, cpp, mine) in enumerate(items[: a.show]):
            ex = "`%s` → %s / %s" % (expr.replace("|", "\\|"), json.dumps(cpp, ensure_ascii=False).replace("|", "\\|"),
                                     json.dumps(mine, ensure_ascii=False).replace("|", "\\|"))
            lines.append("| %s | %s | %s | %s |" % (name if j == 0 else "", len(items) if j == 0 else "", rule if j == 0 else "", ex))
    lines.append("")
    lines.append("agreement: %d of %d (%.2f%%); %d disagreements in %d classes, %d of them intentional "
                 "differences listed in docs/CEL.md, %d unexplained; agreement outside the intentional "
                 "differences: %.2f%%"
                 % (agree, total, 100.0 * agree / total, total - agree, len(classes), explained,
                    total - agree - explained, 100.0 * agree / (total - explained)))
    text = "\n".join(lines)
    print(text)
    if a.report:
        with open(a.report, "w") as f:
            f.write(text + "\n")


if __name__ == "__main__":
    sys.exit(main())
