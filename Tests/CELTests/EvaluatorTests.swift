import CEL
import Foundation
import Testing

struct EvaluatorTests {
    func eval(_ src: String, _ vars: [String: CELValue] = [:]) throws -> CELValue {
        try CEL.compile(src).evaluate(vars)
    }

    func isError(_ v: CELValue, _ kind: CELError.Kind? = nil) -> Bool {
        guard case .error(let e) = v else { return false }
        return kind == nil || e.kind == kind
    }

    @Test func overflowAndDivision() throws {
        #expect(isError(try eval("9223372036854775807 + 1"), .overflow))
        #expect(isError(try eval("-9223372036854775808 / -1"), .overflow))
        #expect(isError(try eval("-9223372036854775808 % -1"), .overflow))
        #expect(isError(try eval("0u - 1u"), .overflow))
        #expect(isError(try eval("1 / 0"), .divideByZero))
        #expect(isError(try eval("1 % 0"), .moduloByZero))
        #expect(try eval("1.0 / 0.0") == .double(.infinity))
        #expect(isError(try eval("1 + 1u"), .noSuchOverload))
    }

    @Test func heterogeneousNumbers() throws {
        #expect(try eval("1 == 1u && 1u == 1.0 && 1 == 1.0") == true)
        #expect(try eval("1 < 1.5 && 2u > 1 && -1 < 0u") == true)
        #expect(try eval("[1, 2] == [1.0, 2u]") == true)
        #expect(try eval("{1: 'a'}[1u] == 'a' && {1: 'a'}[1.0] == 'a'") == true)
        #expect(try eval("'a' == 1") == false)
    }

    @Test func errorAbsorption() throws {
        #expect(try eval("false && 1/0 == 1") == false)
        #expect(try eval("1/0 == 1 && false") == false)
        #expect(try eval("true || 1/0 == 1") == true)
        #expect(try eval("1/0 == 1 || true") == true)
        #expect(isError(try eval("1/0 == 1 && true")))
        #expect(isError(try eval("missing || false"), .unknownVariable))
        #expect(try eval("true ? 1 : 1/0") == 1)
        #expect(isError(try eval("'x' ? 1 : 2"), .noSuchOverload))
    }

    @Test func errorKinds() throws {
        #expect(isError(try eval("{'a': 1}.b"), .noSuchKey))
        #expect(isError(try eval("x.b", ["x": 1]), .noSuchField))
        #expect(isError(try eval("f(1)"), .unboundFunction))
        #expect(isError(try eval("'a'.size(1)"), .noSuchOverload))
        #expect(isError(try eval("[1][5]"), .indexOutOfRange))
    }

    @Test func macros() throws {
        #expect(try eval("[1, 2, 3].all(x, x > 0)") == true)
        #expect(try eval("[1, 2, 3].exists(x, x == 2)") == true)
        #expect(try eval("[1, 2, 3].exists_one(x, x > 1)") == false)
        #expect(try eval("[1, 2, 3].map(x, x * 2)") == [2, 4, 6])
        #expect(try eval("[1, 2, 3].map(x, x > 1, x * 10)") == [20, 30])
        #expect(try eval("[1, 2, 3].filter(x, x % 2 == 1)") == [1, 3])
        #expect(try eval("{'a': 1, 'b': 2}.all(k, k in ['a', 'b'])") == true)
        #expect(try eval("[0, 1].exists(x, 1 / x == 1)") == true, "an error is absorbed when another element decides")
        #expect(try eval("[0, 1].all(x, 1 / x == 5)") == false)
        #expect(isError(try eval("[0, 1].all(x, 1 / x == 1)")))
        #expect(try eval("has({'a': 1}.a) && !has({'a': 1}.b)") == true)
        #expect(try eval("[[1, 2], [3]].all(l, l.all(x, x > 0))") == true)
        #expect(try eval("cel.bind(x, 2, x * x)") == 4)
        #expect(throws: CELError.self) { try CEL.compile("has(a)") }
    }

    @Test func stringsAreCodePoints() throws {
        #expect(try eval("size('héllo😀')") == 6)
        #expect(try eval("'Am\\u00E9lie' == 'Ame\\u0301lie'") == false)
        #expect(try eval("'héllo'.substring(1, 3)") == "él")
        #expect(try eval("'abc'.matches('^a.c$')") == true)
        #expect(try eval("'%s is %d, %.2f'.format(['x', 3, 1.5])") == "x is 3, 1.50")
        #expect(try eval("'a,b,c'.split(',').join('-')") == "a-b-c")
    }

    @Test func time() throws {
        #expect(try eval("timestamp('2024-03-10T12:00:00Z').getHours('America/Los_Angeles')") == 5)
        #expect(try eval("timestamp('2024-03-10T12:00:00Z').getHours('+05:30')") == 17)
        #expect(
            try eval("timestamp('2024-01-01T00:00:00Z') + duration('36h') == timestamp('2024-01-02T12:00:00Z')") == true
        )
        #expect(
            try eval("timestamp('2024-01-02T00:00:00Z') - timestamp('2024-01-01T00:00:00Z') == duration('24h')") == true
        )
        #expect(try eval("string(duration('1.5s'))") == "1.500s")
        #expect(isError(try eval("timestamp('9999-12-31T23:59:59Z') + duration('1s')"), .range))
        #expect(try eval("type(timestamp('2024-01-01T00:00:00Z')) == google.protobuf.Timestamp") == true)
    }

    @Test func typesAndConversions() throws {
        #expect(try eval("type(1) == int && type('a') == string && type(int) == type") == true)
        #expect(try eval("int('42') + int(3.9) + int(2u)") == 47)
        #expect(isError(try eval("int(1e20)"), .range))
        #expect(try eval("string(1.0e21)") == "1e+21")
        #expect(try eval("string(1e6) + string(123456.0)") == "1e+06123456")
        #expect(try eval("string(0.1)") == "0.1")
        #expect(try eval("double('1.5')") == 1.5)
    }

    @Test func mathExtensions() throws {
        #expect(try eval("math.greatest(1, 2.5, 3u)") == .uint(3))
        #expect(try eval("math.least([3, 1, 2])") == 1)
        #expect(try eval("math.round(2.5) + math.floor(1.7) + math.ceil(1.2) + math.trunc(-1.5)") == 5.0)
        #expect(try eval("math.abs(-3) == 3 && math.sign(-2.5) == -1.0") == true)
        #expect(try eval("base64.decode(base64.encode(b'hi')) == b'hi'") == true)
    }

    @Test func declaredVariablesAndSlots() throws {
        let p = try CEL.compile(
            "price <= median * 0.85 && staff * 3 >= infants && pledge_signed",
            options: .init(variables: ["price", "median", "staff", "infants", "pledge_signed"]))
        #expect(p.evaluate(slots: [80.0, 100.0, 2, 6, true]) == true)
        #expect(p.evaluate(slots: [90.0, 100.0, 2, 6, true]) == false)
        #expect(p.evaluate(["price": 80.0, "median": 100.0, "staff": 2, "infants": 6, "pledge_signed": true]) == true)
        // CEL has no implicit int→double arithmetic: an int median is a no_such_overload error.
        #expect(p.evaluate(["price": 80.0, "median": 100, "staff": 2, "infants": 6, "pledge_signed": true]).isError)
        #expect(p.slot(of: "staff") == 2)
        guard case .error(let e) = p.evaluate(slots: [80.0]) else {
            Issue.record("missing slots must read as errors")
            return
        }
        #expect(e.kind == .unknownVariable)
    }

    @Test func qualifiedNamesAndMaps() throws {
        let p = try CEL.compile(
            "price.monthly_fen * 1000 <= benchmark.p50_fen * params.ratio",
            options: .init(variables: ["price", "benchmark", "params"]))
        let v = p.evaluate([
            "price": ["monthly_fen": 3], "benchmark": ["p50_fen": 4000], "params": ["ratio": 1],
        ])
        #expect(v == true)
        #expect(try eval("a.b.c", ["a.b": ["c": "yes"]]) == "yes")
        #expect(try eval("x.`foo.txt` + x.`a-b`", ["x": ["foo.txt": 1, "a-b": 2]]) == 3)
        let p2 = try CEL.compile("x.`foo.txt`", options: .init(variables: ["x"]))
        #expect(p2.evaluate(slots: [["foo.txt": 7]]) == 7)
    }
}

struct APITests {
    @Test func referencesListVariablesAndPaths() throws {
        let p = try CEL.compile("price.monthly_fen < limit && [1].all(x, x > 0) && type(x) == int")
        #expect(p.references == ["limit", "price.monthly_fen", "x"])
    }

    @Test func bridgingFromAny() throws {
        let row: [String: Any?] = ["n": 3, "d": 1.5, "s": "x", "b": true, "l": [1, "a"], "m": ["k": 2], "z": nil]
        let v = try #require(CELValue(any: row))
        let p = try CEL.compile(
            "m.n == 3 && m.d == 1.5 && m.s == 'x' && m.b && m.l[1] == 'a' && m.m.k == 2 && m.z == null")
        #expect(p.evaluate(["m": v]) == true)
        #expect(
            CELValue(any: Date(timeIntervalSince1970: 1.5)) == .timestamp(CELTimestamp(seconds: 1, nanos: 500_000_000)!)
        )
    }
}

struct RegexTests {
    @Test func re2Semantics() throws {
        func m(_ s: String, _ re: String) throws -> CELValue {
            try CEL.compile("s.matches(re)").evaluate(["s": .string(s), "re": .string(re)])
        }
        #expect(try m("abc\n", "abc$") == false, "RE2 $ is end of text only")
        #expect(try m("abc", "^abc$") == true)
        #expect(try m("a$c", "a[$]c") == true)
        #expect(try m("a$c", "a\\$c") == true)
        #expect(try m("x\nabc\ny", "(?m)^abc$") == true)
        #expect(try m("2024-01-02", "^(?P<y>\\d{4})-\\d{2}-\\d{2}$") == true)
        #expect(try m("héllo", "^h.llo$") == true)
        #expect(try m("", "") == true)
        #expect(try m("héllo", "^\\pL+$") == true)
        #expect(try m("h1", "^\\pL+$") == false)
        #expect(try m("a", "(").isError)
    }
}

struct CheckerTests {
    func check(_ src: String, _ types: [String: CELType]) -> CELError? {
        do {
            _ = try CEL.compile(src, options: .init(variables: Array(types.keys), types: types))
            return nil
        } catch let e as CELError {
            return e
        } catch {
            return nil
        }
    }

    @Test func rejectsImpossibleOperators() throws {
        let e = try #require(check("price <= median * 0.85", ["price": .double, "median": .int]))
        #expect(e.kind == .noMatchingOverload)
        #expect(e.column == 10)
        #expect(e.rendered.contains("^"))
        #expect(check("price <= median * 0.85", ["price": .double, "median": .double]) == nil)
        #expect(check("price <= median", ["price": .double, "median": .int]) == nil, "mixed comparisons are fine")
        #expect(check("n && true", ["n": .int]) != nil)
        #expect(check("n.field", ["n": .int]) != nil)
        #expect(check("name + 1", ["name": .string]) != nil)
        #expect(check("[1, 2].exists(n, n == 'x')", ["n": .string]) == nil, "comprehension variables shadow")
        #expect(check("m.a * 2.0", ["m": .map]) == nil, "map values are dynamic")
        #expect(check("size(s) * 2 > 3 && s.startsWith('a')", ["s": .string]) == nil)
        #expect(check("t - duration('1h') < t", ["t": .timestamp]) == nil)
    }
}

struct RE2SemanticsTests {
    /// RE2 matches in linear time, so the pattern that makes a backtracking engine take
    /// exponential time (`(a+)+$` on `aaa…a!`) answers at once, with no time limit involved.
    @Test func noCatastrophicBacktracking() throws {
        let p = try CEL.compile("s.matches('(a+)+$')")
        let start = ContinuousClock.now
        #expect(p.evaluate(["s": .string(String(repeating: "a", count: 100_000) + "!")]) == false)
        #expect(ContinuousClock.now - start < .seconds(1))
    }

    /// RE2's syntax, not the platform's: ASCII classes, no look-around, back-references or
    /// possessive quantifiers, which are compile errors with the pattern's position.
    @Test func re2Syntax() throws {
        let e = { (src: String) in try CEL.compile(src).evaluate() }
        #expect(try e("'ä'.matches('^\\\\w$')") == false)
        #expect(try e("'a'.matches('^\\\\w$')") == true)
        #expect(try e("'٣'.matches('\\\\d')") == false, "\\d is ASCII in RE2")
        #expect(try e("'\\u00a0'.matches('\\\\s')") == false, "\\s is ASCII in RE2")
        #expect(try e("'ä'.matches('\\\\pL')") == true)
        #expect(try e("'aé'.matches('a\\\\b')") == true, "\\b sees é as a non-word character")
        #expect(try e("'ab\\n'.matches('b$')") == false, "$ is the end of text without (?m)")
        #expect(try e("'x'.matches('(?P<name>x)')") == true)
        for bad in ["(?=a)", "a++", "(a)\\\\1", "(?<=a)b", "("] {
            #expect(throws: CELError.self, "\(bad) is not RE2") { try CEL.compile("'a'.matches('\(bad)')") }
        }
        // A computed pattern can only fail when evaluated.
        guard case .error(let err) = try CEL.compile("'a'.matches(p)").evaluate(["p": "a++"]) else {
            Issue.record("expected an invalid-pattern error")
            return
        }
        #expect(err.kind == .invalidArgument)
    }

    @Test func invalidPatternIsPositioned() {
        do {
            _ = try CEL.compile("x &&\n  name.matches('(?=a)')", options: .init(variables: ["x", "name"]))
            Issue.record("expected a compile error")
        } catch let error as CELError {
            #expect(error.line == 2)
            #expect(error.column == 16)
            #expect(error.message.contains("invalid perl operator"))
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }
}

struct TimeValueTests {
    @Test func conveniences() throws {
        let t = try #require(CELTimestamp(rfc3339: "2024-03-10T12:00:00.5+08:00"))
        #expect(t.description == "2024-03-10T04:00:00.500Z")
        #expect(CELTimestamp(date: t.date) == t)
        #expect(CELDuration(parsing: "1h30m")?.description == "5400s")
        let p = try CEL.compile("now - start > duration('1h')")
        #expect(
            p.evaluate([
                "now": .timestamp(t), "start": .timestamp(try #require(CELTimestamp(rfc3339: "2024-03-10T02:00:00Z"))),
            ]) == true)
    }
}

struct ContainerTests {
    @Test func namesResolveThroughContainerScopes() throws {
        let opts = CELOptions(container: "app.rules")
        #expect(try CEL.compile("limit", options: opts).evaluate(["app.rules.limit": 1, "limit": 3]) == 1)
        #expect(try CEL.compile("limit", options: opts).evaluate(["app.limit": 2, "limit": 3]) == 2)
        #expect(try CEL.compile("limit", options: opts).evaluate(["limit": 3]) == 3)
        #expect(try CEL.compile(".limit", options: opts).evaluate(["app.rules.limit": 1, "limit": 3]) == 3)
        #expect(try CEL.compile("cfg.max", options: opts).evaluate(["app.cfg": ["max": 9]]) == 9)
        let declared = CELOptions(variables: ["app.rules.limit"], container: "app.rules")
        #expect(try CEL.compile("limit * 2", options: declared).evaluate(slots: [5]) == 10)
    }
}

struct MessageLiteralTests {
    @Test func wellKnownTypesAndDynamicObjects() throws {
        func eval(_ s: String) throws -> CELValue { try CEL.compile(s).evaluate() }
        #expect(try eval("google.protobuf.Duration{seconds: 90} == duration('90s')") == true)
        #expect(try eval("google.protobuf.Timestamp{seconds: 1} == timestamp(1)") == true)
        #expect(try eval("google.protobuf.Int64Value{value: 5} + 1") == 6)
        #expect(try eval("google.protobuf.StringValue{}") == "")
        #expect(try eval("my.pkg.Msg{a: 1, b: 'x'}.b") == "x")
        #expect(try eval("has(my.pkg.Msg{a: 1}.a) && !has(my.pkg.Msg{a: 1}.b)") == true)
        #expect(try eval("type(my.pkg.Msg{}) == type(my.pkg.Msg{a: 1})") == true)
    }
}

struct NamespaceAliasTests {
    @Test func aliases() throws {
        let p: CEL.Program = try CEL.compile("a + 1", options: CEL.Options(variables: ["a"]))
        let v: CEL.Value = p.evaluate(slots: [1])
        #expect(v == 2)
    }
}
