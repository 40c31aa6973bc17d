"""Typed random CEL expressions from a seed, for the differential run against cel-cpp.

Every expression is built for a wanted type (int, uint, double, bool, string, bytes, list,
map, timestamp, duration), so that it passes a type checker; the operands are drawn from
literals, operators, conversions, the standard library, the string, math, encoder and
optional extensions, and the macros, with edge values (overflow bounds, NaN, empty strings,
non-ASCII text, invalid patterns) common enough that errors are exercised as much as values.
Each expression carries the set of features it uses, so disagreements can be grouped.
"""

import random

INT_EDGES = ["0", "1", "-1", "2", "7", "-7", "10", "100", "9223372036854775807", "-9223372036854775808",
             "4611686018427387904", "0x7f", "-0x10"]
UINT_EDGES = ["0u", "1u", "2u", "7u", "100u", "18446744073709551615u", "9223372036854775808u", "0x10u"]
DOUBLE_EDGES = ["0.0", "-0.0", "1.0", "-1.5", "2.5", "0.1", "1e300", "-1e300", "1e-300", "3.14159",
                "1e6", "1e-5", "123456.789", "9.2233720368547758e18", "0.5", "100.0"]
STRINGS = ["''", "'a'", "'abc'", "'hello world'", "'Hello'", "'ä'", "'中文'", "'😀x'", "'a,b,,c'",
           "'  pad  '", "'ABC def'", "'tacocat'", "'x\\ty'", "'line\\nbreak'", "'123'", "'-42'", "'3.5'",
           "'true'", "'é'", "'٣'", "'\\u00a0'", "'aaa'", "'%'", "'a.b'"]
PATTERNS = ["'a'", "'^a'", "'c$'", "'^\\\\w+$'", "'\\\\d'", "'\\\\s'", "'\\\\bb'", "'[a-c]+'", "'^.$'",
            "'(?i)hello'", "'a|b'", "'^$'", "'\\\\pL'", "'[[:alpha:]]'", "'(?=a)'", "'a++'", "'(a)\\\\1'",
            "'('", "'a{2}'", "'\\\\p{Han}'", "'(?m)^b'", "'.*'", "'\\\\W'", "'x*?'", "'\\\\Q.\\\\E'",
            "'(?P<n>a)'", "'(?<n>a)'", "'[^a]'", "'\\\\D+'", "'\\\\S'"]
BYTES = ["b''", "b'a'", "b'abc'", "b'\\xff'", "b'\\x00\\x01'", "b'\\xc3\\xa4'"]
TIMESTAMPS = ["'2024-02-29T12:00:00Z'", "'2024-02-29T12:00:00.5Z'", "'2009-02-13T23:31:30.123456789Z'",
              "'1970-01-01T00:00:00Z'", "'0001-01-01T00:00:00Z'", "'9999-12-31T23:59:59.999999999Z'",
              "'2024-01-01T00:00:00.000001+08:00'", "'2023-06-15T08:30:00-05:00'", "'2024-12-31T23:59:59.25Z'",
              "'2024-13-01T00:00:00Z'", "'2024-02-30T00:00:00Z'"]
DURATIONS = ["'0s'", "'1s'", "'.5s'", "'1.5s'", "'-1.25s'", "'90m'", "'1h30m'", "'100ms'", "'10us'",
             "'5ns'", "'1h1ns'", "'-9223372036.854775808s'", "'9223372036.854775807s'", "'2562047h'",
             "'2562048h'", "'1.000001s'", "'24h'", "'-0.000000001s'", "'1x'", "'1.0000000001s'"]
ZONES = ["'UTC'", "'Asia/Shanghai'", "'America/New_York'", "'Europe/London'", "'+05:30'", "'-09:30'",
         "'02:00'", "'Z'", "'utc'", "'+0800'", "'Asia/Kathmandu'", "'Australia/Sydney'", "'EST'", "'Japan'",
         "'GMT+2'", "'Mars/Olympus'", "'+24:00'", "'-00:00'"]
FORMATS = ["'%s'", "'%d'", "'%f'", "'%.2f'", "'%e'", "'%x'", "'%X'", "'%o'", "'%b'", "'[%s]'", "'%s-%s'",
           "'%.0f'", "'%.3e'", "'100%%'", "'%q'", "'%'"]


class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.vars = 0
        self.features = set()

    def pick(self, xs):
        return self.r.choice(xs)

    def chance(self, p):
        return self.r.random() < p

    def feat(self, name):
        self.features.add(name)

    def fresh(self):
        self.vars += 1
        return "v%d" % self.vars

    # --- one generator per type; `d` is the remaining depth -------------------------------

    def int_(self, d):
        if d <= 0 or self.chance(0.25):
            self.feat("int literal")
            return self.pick(INT_EDGES)
        k = self.r.randrange(16)
        if k == 0:
            self.feat("int arithmetic")
            return "(%s %s %s)" % (self.int_(d - 1), self.pick(["+", "-", "*", "/", "%"]), self.int_(d - 1))
        if k == 1:
            self.feat("negation")
            return "-(%s)" % self.int_(d - 1)
        if k == 2:
            self.feat("size")
            return self.pick(["size(%s)" % self.string(d - 1), "%s.size()" % self.list_(d - 1),
                              "size(%s)" % self.bytes_(d - 1), "size(%s)" % self.map_(d - 1)])
        if k == 3:
            self.feat("int conversion")
            return self.pick(["int(%s)" % self.uint(d - 1), "int(%s)" % self.double(d - 1),
                              "int(%s)" % self.pick(["'12'", "'-0'", "'9223372036854775808'", "'1e3'", "' 1'", "'0x1'", "'+5'"]),
                              "int(%s)" % self.timestamp(d - 1)])
        if k == 4:
            self.feat("conditional")
            return "(%s ? %s : %s)" % (self.bool_(d - 1), self.int_(d - 1), self.int_(d - 1))
        if k == 5:
            self.feat("list index")
            return "%s[%s]" % (self.int_list(d - 1), self.int_(d - 1))
        if k == 6:
            self.feat("map index")
            return "%s[%s]" % (self.map_(d - 1), self.string(d - 1))
        if k == 7:
            self.feat("string search")
            return self.pick(["%s.indexOf(%s)" % (self.string(d - 1), self.string(d - 1)),
                              "%s.lastIndexOf(%s)" % (self.string(d - 1), self.string(d - 1)),
                              "%s.indexOf(%s, %s)" % (self.string(d - 1), self.string(d - 1), self.int_(d - 1))])
        if k == 8:
            self.feat("math")
            return self.pick(["math.greatest(%s, %s)" % (self.int_(d - 1), self.int_(d - 1)),
                              "math.least(%s)" % self.int_list(d - 1),
                              "math.abs(%s)" % self.int_(d - 1), "math.sign(%s)" % self.int_(d - 1),
                              "math.bitAnd(%s, %s)" % (self.int_(d - 1), self.int_(d - 1)),
                              "math.bitShiftLeft(%s, %s)" % (self.int_(d - 1), self.int_(d - 1)),
                              "math.bitShiftRight(%s, %s)" % (self.int_(d - 1), self.int_(d - 1))])
        if k == 9:
            self.feat("timestamp accessors")
            acc = self.pick(["getFullYear", "getMonth", "getDate", "getDayOfMonth", "getDayOfYear",
                             "getDayOfWeek", "getHours", "getMinutes", "getSeconds", "getMilliseconds"])
            if self.chance(0.5):
                self.feat("time zones")
                return "%s.%s(%s)" % (self.timestamp(d - 1), acc, self.pick(ZONES))
            return "%s.%s()" % (self.timestamp(d - 1), acc)
        if k == 10:
            self.feat("duration accessors")
            return "%s.%s()" % (self.duration(d - 1), self.pick(["getHours", "getMinutes", "getSeconds", "getMilliseconds"]))
        if k == 11:
            self.feat("cel.bind")
            v = self.fresh()
            return "cel.bind(%s, %s, %s + %s)" % (v, self.int_(d - 1), v, v)
        if k == 12:
            self.feat("comprehension")
            v = self.fresh()
            return "%s.filter(%s, %s > %s).size()" % (self.int_list(d - 1), v, v, self.int_(d - 1))
        if k == 13:
            self.feat("dyn")
            return "dyn(%s)" % self.int_(d - 1)
        if k == 14:
            self.feat("optional")
            return self.pick(["optional.of(%s).orValue(0)" % self.int_(d - 1),
                              "%s[?%s].orValue(-1)" % (self.int_list(d - 1), self.int_(d - 1)),
                              "optional.ofNonZeroValue(%s).orValue(5)" % self.int_(d - 1)])
        self.feat("string to int via size of split")
        return "size(%s.split(%s))" % (self.string(d - 1), self.pick(["','", "''", "'a'"]))

    def uint(self, d):
        if d <= 0 or self.chance(0.3):
            self.feat("uint literal")
            return self.pick(UINT_EDGES)
        k = self.r.randrange(5)
        if k == 0:
            self.feat("uint arithmetic")
            return "(%s %s %s)" % (self.uint(d - 1), self.pick(["+", "-", "*", "/", "%"]), self.uint(d - 1))
        if k == 1:
            self.feat("uint conversion")
            return self.pick(["uint(%s)" % self.int_(d - 1), "uint(%s)" % self.double(d - 1),
                              "uint(%s)" % self.pick(["'12'", "'-1'", "'18446744073709551616'", "'7u'"])])
        if k == 2:
            self.feat("conditional")
            return "(%s ? %s : %s)" % (self.bool_(d - 1), self.uint(d - 1), self.uint(d - 1))
        if k == 3:
            self.feat("math")
            return self.pick(["math.greatest(%s, %s)" % (self.uint(d - 1), self.uint(d - 1)),
                              "math.bitOr(%s, %s)" % (self.uint(d - 1), self.uint(d - 1)),
                              "math.bitNot(%s)" % self.uint(d - 1)])
        self.feat("dyn")
        return "dyn(%s)" % self.uint(d - 1)

    def double(self, d):
        if d <= 0 or self.chance(0.3):
            self.feat("double literal")
            return self.pick(DOUBLE_EDGES)
        k = self.r.randrange(6)
        if k == 0:
            self.feat("double arithmetic")
            return "(%s %s %s)" % (self.double(d - 1), self.pick(["+", "-", "*", "/"]), self.double(d - 1))
        if k == 1:
            self.feat("double conversion")
            return self.pick(["double(%s)" % self.int_(d - 1), "double(%s)" % self.uint(d - 1),
                              "double(%s)" % self.pick(["'1.5'", "'-0'", "'1e400'", "'NaN'", "'inf'", "'-Infinity'", "'.5'", "'5.'", "'1_0'", "'0x10'"])])
        if k == 2:
            self.feat("math")
            f = self.pick(["ceil", "floor", "round", "trunc", "abs", "sqrt", "sign"])
            return "math.%s(%s)" % (f, self.double(d - 1))
        if k == 3:
            self.feat("conditional")
            return "(%s ? %s : %s)" % (self.bool_(d - 1), self.double(d - 1), self.double(d - 1))
        if k == 4:
            self.feat("negation")
            return "-(%s)" % self.double(d - 1)
        self.feat("math")
        return "math.greatest([%s, %s])" % (self.double(d - 1), self.double(d - 1))

    def bool_(self, d):
        if d <= 0 or self.chance(0.1):
            self.feat("bool literal")
            return self.pick(["true", "false"])
        k = self.r.randrange(14)
        if k == 0:
            self.feat("logic")
            return "(%s %s %s)" % (self.bool_(d - 1), self.pick(["&&", "||"]), self.bool_(d - 1))
        if k == 1:
            self.feat("logic")
            return "!(%s)" % self.bool_(d - 1)
        if k in (2, 3):
            t = self.pick(["int", "uint", "double", "string", "bytes", "timestamp", "duration", "bool"])
            self.feat("comparison")
            if t in ("timestamp", "duration"):
                self.feat(t + " comparison")
            g = self.for_type(t)
            return "(%s %s %s)" % (g(d - 1), self.pick(["==", "!=", "<", "<=", ">", ">="]), g(d - 1))
        if k == 4:
            self.feat("heterogeneous numeric comparison")
            a, b = self.r.sample([self.int_, self.uint, self.double], 2)
            return "(dyn(%s) %s dyn(%s))" % (a(d - 1), self.pick(["==", "!=", "<", "<=", ">", ">="]), b(d - 1))
        if k == 5:
            self.feat("list equality")
            return "(%s %s %s)" % (self.list_(d - 1), self.pick(["==", "!="]), self.list_(d - 1))
        if k == 6:
            self.feat("map equality")
            return "(%s == %s)" % (self.map_(d - 1), self.map_(d - 1))
        if k == 7:
            self.feat("in")
            return self.pick(["(%s in %s)" % (self.int_(d - 1), self.int_list(d - 1)),
                              "(%s in %s)" % (self.string(d - 1), self.map_(d - 1)),
                              "(%s in %s)" % (self.string(d - 1), self.string_list(d - 1))])
        if k == 8:
            self.feat("string predicates")
            f = self.pick(["contains", "startsWith", "endsWith"])
            return "%s.%s(%s)" % (self.string(d - 1), f, self.string(d - 1))
        if k == 9:
            self.feat("matches")
            if self.chance(0.3):
                self.feat("matches (computed pattern)")
                return "%s.matches(%s + '')" % (self.string(d - 1), self.pick(PATTERNS))
            return "%s.matches(%s)" % (self.string(d - 1), self.pick(PATTERNS))
        if k == 10:
            self.feat("comprehension")
            v = self.fresh()
            m = self.pick(["all", "exists", "exists_one"])
            return "%s.%s(%s, %s > %s)" % (self.int_list(d - 1), m, v, v, self.int_(d - 1))
        if k == 11:
            self.feat("has")
            return "has(%s.%s)" % (self.map_(d - 1), self.pick(["a", "b", "k"]))
        if k == 12:
            self.feat("math")
            return "math.%s(%s)" % (self.pick(["isNaN", "isInf", "isFinite"]), self.double(d - 1))
        self.feat("bool conversion")
        return "bool(%s)" % self.pick(["'true'", "'false'", "'1'", "'f'", "'TRUE'", "'yes'", "'True'", "'tRuE'"])

    def string(self, d):
        if d <= 0 or self.chance(0.3):
            self.feat("string literal")
            return self.pick(STRINGS)
        k = self.r.randrange(13)
        if k == 0:
            self.feat("string concatenation")
            return "(%s + %s)" % (self.string(d - 1), self.string(d - 1))
        if k == 1:
            t = self.pick(["int", "uint", "double", "bool", "bytes"])
            self.feat("string(%s)" % t)
            return "string(%s)" % self.for_type(t)(d - 1)
        if k == 2:
            self.feat("string(timestamp)")
            return "string(%s)" % self.timestamp(d - 1)
        if k == 3:
            self.feat("string(duration)")
            return "string(%s)" % self.duration(d - 1)
        if k == 4:
            self.feat("substring/charAt")
            return self.pick(["%s.substring(%s)" % (self.string(d - 1), self.int_(d - 1)),
                              "%s.substring(%s, %s)" % (self.string(d - 1), self.int_(d - 1), self.int_(d - 1)),
                              "%s.charAt(%s)" % (self.string(d - 1), self.int_(d - 1))])
        if k == 5:
            self.feat("case and trim")
            return "%s.%s()" % (self.string(d - 1), self.pick(["lowerAscii", "upperAscii", "trim", "reverse"]))
        if k == 6:
            self.feat("replace")
            if self.chance(0.5):
                return "%s.replace(%s, %s)" % (self.string(d - 1), self.string(d - 1), self.string(d - 1))
            return "%s.replace(%s, %s, %s)" % (self.string(d - 1), self.string(d - 1), self.string(d - 1), self.pick(["0", "1", "-1", "2"]))
        if k == 7:
            self.feat("join")
            if self.chance(0.5):
                return "%s.join()" % self.string_list(d - 1)
            return "%s.join(%s)" % (self.string_list(d - 1), self.string(d - 1))
        if k == 8:
            self.feat("format")
            fmt = self.pick(FORMATS)
            n = fmt.count("%") - 2 * fmt.count("%%")
            args = [self.for_type(self.pick(["int", "uint", "double", "string", "bool", "bytes", "list", "map", "timestamp", "duration", "null"]))(d - 1)
                    for _ in range(max(n, 1) if self.chance(0.9) else 0)]
            if any(x.startswith("timestamp(") or x.startswith("duration(") for x in args):
                self.feat("format of a timestamp or duration")
            return "%s.format([%s])" % (fmt, ", ".join(args))
        if k == 9:
            self.feat("strings.quote")
            return "strings.quote(%s)" % self.string(d - 1)
        if k == 10:
            self.feat("conditional")
            return "(%s ? %s : %s)" % (self.bool_(d - 1), self.string(d - 1), self.string(d - 1))
        if k == 11:
            self.feat("base64")
            return "base64.encode(%s)" % self.bytes_(d - 1)
        self.feat("string(type)")
        return "string(type(%s))" % self.for_type(self.pick(["int", "string", "list", "map", "bool"]))(d - 1)

    def bytes_(self, d):
        if d <= 0 or self.chance(0.4):
            self.feat("bytes literal")
            return self.pick(BYTES)
        k = self.r.randrange(3)
        if k == 0:
            self.feat("bytes conversion")
            return "bytes(%s)" % self.string(d - 1)
        if k == 1:
            self.feat("bytes concatenation")
            return "(%s + %s)" % (self.bytes_(d - 1), self.bytes_(d - 1))
        self.feat("base64")
        return "base64.decode(%s)" % self.pick(["'aGk='", "'aGk'", "'!!'", "''", "'AAEC'"])

    def int_list(self, d):
        if d <= 0 or self.chance(0.4):
            self.feat("list literal")
            return "[%s]" % ", ".join(self.int_(0) for _ in range(self.r.randrange(4)))
        k = self.r.randrange(4)
        if k == 0:
            self.feat("list concatenation")
            return "(%s + %s)" % (self.int_list(d - 1), self.int_list(d - 1))
        if k == 1:
            self.feat("comprehension")
            v = self.fresh()
            return "%s.map(%s, %s * 2)" % (self.int_list(d - 1), v, v)
        if k == 2:
            self.feat("comprehension")
            v = self.fresh()
            return "%s.filter(%s, %s %% 2 == 0)" % (self.int_list(d - 1), v, v)
        self.feat("list literal")
        return "[%s]" % ", ".join(self.int_(d - 1) for _ in range(self.r.randrange(1, 4)))

    def string_list(self, d):
        if d <= 0 or self.chance(0.5):
            self.feat("list literal")
            return "[%s]" % ", ".join(self.string(0) for _ in range(self.r.randrange(4)))
        if self.chance(0.5):
            self.feat("split")
            return self.pick(["%s.split(%s)" % (self.string(d - 1), self.string(d - 1)),
                              "%s.split(%s, %s)" % (self.string(d - 1), self.string(d - 1), self.pick(["0", "1", "2", "-1"]))])
        self.feat("comprehension")
        v = self.fresh()
        return "%s.map(%s, string(%s))" % (self.int_list(d - 1), v, v)

    def list_(self, d):
        return self.int_list(d) if self.chance(0.6) else self.string_list(d)

    def map_(self, d):
        self.feat("map literal")
        keys = self.r.sample(["'a'", "'b'", "'k'", "'z'"], self.r.randrange(4))
        if d > 0 and self.chance(0.1):
            keys.append(keys[0] if keys else "'a'")   # a repeated key is an error
            self.feat("duplicate map key")
        return "{%s}" % ", ".join("%s: %s" % (k, self.int_(max(d - 2, 0))) for k in keys)

    def timestamp(self, d):
        if d <= 0 or self.chance(0.4):
            self.feat("timestamp literal")
            return "timestamp(%s)" % self.pick(TIMESTAMPS)
        k = self.r.randrange(4)
        if k == 0:
            self.feat("timestamp arithmetic")
            return "(%s %s %s)" % (self.timestamp(d - 1), self.pick(["+", "-"]), self.duration(d - 1))
        if k == 1:
            self.feat("timestamp(int)")
            return "timestamp(%s)" % self.pick(["0", "1234567890", "-62135596800", "253402300799", "253402300800", "-1"])
        if k == 2:
            self.feat("conditional")
            return "(%s ? %s : %s)" % (self.bool_(d - 1), self.timestamp(d - 1), self.timestamp(d - 1))
        self.feat("timestamp(string(timestamp))")
        return "timestamp(string(%s))" % self.timestamp(d - 1)

    def duration(self, d):
        if d <= 0 or self.chance(0.4):
            self.feat("duration literal")
            return "duration(%s)" % self.pick(DURATIONS)
        k = self.r.randrange(4)
        if k == 0:
            self.feat("duration arithmetic")
            return "(%s %s %s)" % (self.duration(d - 1), self.pick(["+", "-"]), self.duration(d - 1))
        if k == 1:
            self.feat("timestamp difference")
            return "(%s - %s)" % (self.timestamp(d - 1), self.timestamp(d - 1))
        if k == 2:
            self.feat("negation")
            return "-(%s)" % self.duration(d - 1)
        self.feat("duration(string(duration))")
        return "duration(string(%s))" % self.duration(d - 1)

    def null(self, d):
        self.feat("null")
        return "null"

    def for_type(self, t):
        return {"int": self.int_, "uint": self.uint, "double": self.double, "bool": self.bool_,
                "string": self.string, "bytes": self.bytes_, "list": self.list_, "map": self.map_,
                "timestamp": self.timestamp, "duration": self.duration, "null": self.null}[t]


TOP_TYPES = ["int", "int", "uint", "double", "bool", "bool", "bool", "string", "string", "string",
             "bytes", "list", "map", "timestamp", "duration"]


def generate(seed, n):
    """`n` (expression, wanted type, features) triples, the same for the same seed."""
    out = []
    for i in range(n):
        g = Gen(seed * 1_000_003 + i)
        t = g.pick(TOP_TYPES)
        depth = g.r.randrange(1, 5)
        out.append((g.for_type(t)(depth), t, sorted(g.features)))
    return out
