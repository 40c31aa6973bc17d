import CEL
import Foundation
import Testing

/// The repository's own CEL cases, so that a clone without `../shared` still tests the engine
/// end to end (the shared conformance suite is skipped then; see `ConformanceTests`). Written
/// for this engine from the language definition, one or two per rule; each case is compiled
/// folded and traced, and both results must be the expected one.
struct OwnCasesTests {
    /// nil: an evaluation (or compile) error is expected.
    struct Case: Sendable, CustomTestStringConvertible {
        let expr: String
        let expected: CELValue?
        init(_ expr: String, _ expected: CELValue?) {
            self.expr = expr
            self.expected = expected
        }
        var testDescription: String { expr }
    }

    static let literalsAndArithmeticCases: [Case] = [
        Case("0x7fffffffffffffff", .int(Int64.max)),
        Case("-9223372036854775808", .int(Int64.min)),
        Case("18446744073709551615u", .uint(UInt64.max)),
        Case("9223372036854775807 + 1", nil),
        Case("-9223372036854775807 - 2", nil),
        Case("5 / -2", -2),
        Case("-5 % 3", -2),
        Case("7u % 0u", nil),
        Case("3.0 / 0.0", .double(.infinity)),
        Case("1e3 == 1000.0", true),
        Case("'\\u00e4\\x41\\101' == 'äAA'", true),
        Case("r'\\d' == '\\\\d'", true),
        Case("b'\\xff'[0]", nil),
        Case("size(b'\\xff\\x00')", 2),
        Case("'''a\nb'''.size()", 3),
        Case("1 + 1u", nil),
        Case("int(-1.9) == -1 && uint(1.9) == 1u", true),
        Case("int(9.3e18)", nil),
        Case("double('1e-3') == 0.001", true),
    ]

    static let logicAndComparisonCases: [Case] = [
        Case("false && (1 / 0 == 1)", false),
        Case("(1 / 0 == 1) || true", true),
        Case("(1 / 0 == 1) && true", nil),
        Case("!(1 < 2) ? 'a' : 'b'", "b"),
        Case("1 == 1.0 && 1u == 1 && -1 < 0u && 2.5 > 2", true),
        Case("[1, 2.0, 3u] == [1.0, 2, 3]", true),
        Case("{'a': 1} == {'a': 1.0}", true),
        Case("'a' < 'b' && 'Z' < 'a' && 'é' > 'z'", true),
        Case("b'a' < b'b'", true),
        Case("null == null && [] == [] && {} == {}", true),
        Case("1 < 'a'", nil),
        Case("0.0 / 0.0 == 0.0 / 0.0", false),
        Case("2 in [1, 2] && 'k' in {'k': 0} && !(3 in [1, 2])", true),
        Case("1u in {1: 'one'}", true),
    ]

    static let stringsAndConversionsCases: [Case] = [
        Case("string(1.0)", "1"),
        Case("string(-0.5)", "-0.5"),
        Case("string(123u)", "123"),
        Case("string(b'\\xc3\\xa4')", "ä"),
        Case("string(b'\\xff')", nil),
        Case("bytes('ä') == b'\\xc3\\xa4'", true),
        Case("bool('true') && !bool('0')", true),
        Case("bool('yes')", nil),
        Case("size('中文😀')", 3),
        Case("'hello'.contains('ell') && 'hello'.startsWith('he') && 'hello'.endsWith('lo')", true),
        Case("'a,b,,c'.split(',')", ["a", "b", "", "c"]),
        Case("'tacocat'.indexOf('cat') == 4 && 'tacocat'.lastIndexOf('ta') == 0", true),
        Case("'ａｂｃ'.substring(1, 2)", "ｂ"),
        Case("'abc'.substring(2, 1)", nil),
        Case("'  x\\t'.trim()", "x"),
        Case("'Ab'.lowerAscii() + 'Ab'.upperAscii()", "abAB"),
        Case("'aaa'.replace('a', 'b', 2)", "bba"),
        Case("['a', 'b'].join('-')", "a-b"),
        Case("'%d %s %.2f %x %o %b'.format([7, 'x', 1.005, 255, 8, 5])", "7 x 1.00 ff 10 101"),
        Case("'%s'.format([[1, 'a', true]])", "[1, a, true]"),
        Case("strings.quote('a\"b\\n')", "\"a\\\"b\\n\""),
        Case("base64.encode(b'hi') == 'aGk=' && base64.decode('aGk') == b'hi'", true),
        Case("type(1) == int && type('a') == string && type([]) == list && type(type(1)) == type", true),
    ]

    static let regularExpressionsCases: [Case] = [
        Case("'hubba'.matches('ubb')", true),
        Case("'ä'.matches('^\\\\w$')", false),
        Case("'ä'.matches('^.$')", true),
        Case("'٣'.matches('^\\\\d$')", false),
        Case("'a b'.matches('a\\\\sb')", true),
        Case("'Ab'.matches('(?i)^ab$')", true),
        Case("'x\\ny'.matches('^y')", false),
        Case("'x\\ny'.matches('(?m)^y')", true),
        Case("'a'.matches('(?=a)')", nil),
        Case("'aa'.matches('(a)\\\\1')", nil),
        Case("'aa'.matches('a++')", nil),
        Case("'abc'.matches('[[:alpha:]]+')", true),
        Case("'ab'.matches('\\\\Aab\\\\z')", true),
    ]

    static let timeValuesCases: [Case] = [
        Case("string(timestamp('2024-02-29T12:00:00.5Z'))", "2024-02-29T12:00:00.500Z"),
        Case("string(timestamp('2024-02-29T12:00:00.000001Z'))", "2024-02-29T12:00:00.000001Z"),
        Case("string(timestamp('2024-02-29T12:00:00.123456789+08:00'))", "2024-02-29T04:00:00.123456789Z"),
        Case("string(timestamp('2024-02-29T12:00:00Z'))", "2024-02-29T12:00:00Z"),
        Case("string(duration('.5s'))", "0.500s"),
        Case("string(duration('-1.25s'))", "-1.250s"),
        Case("string(duration('1h1ns'))", "3600.000000001s"),
        Case("string(duration('-9223372036.854775808s'))", "-9223372036.854775808s"),
        Case("duration('-9223372036.854775809s')", nil),
        Case("duration('9223372036.854775807s') == duration('2562047h47m16.854775807s')", true),
        Case("-duration('-9223372036.854775808s')", nil),
        Case("timestamp('2009-02-13T23:31:30Z').getHours('Asia/Shanghai')", 7),
        Case("timestamp('2009-02-13T23:31:30Z').getHours('+05:30')", 5),
        Case("timestamp('2009-02-13T23:31:30Z').getMinutes('-09:30')", 1),
        Case("timestamp('2009-02-13T23:31:30Z').getHours('UTC')", 23),
        Case("timestamp('2009-02-13T23:31:30Z').getHours('Z')", nil),
        Case("timestamp('2009-02-13T23:31:30Z').getHours('+0800')", nil),
        Case("timestamp('2009-02-13T23:31:30Z').getHours('EST+5')", nil),
        Case("timestamp('2024-03-01T00:00:00Z') - timestamp('2024-02-28T00:00:00Z') == duration('48h')", true),
        Case("timestamp('9999-12-31T23:59:59Z') + duration('1s')", nil),
        Case(
            "timestamp('2024-01-01T00:00:00Z').getDayOfWeek() == 1 && timestamp('2024-12-31T00:00:00Z').getDayOfYear() == 365",
            true),
        Case("duration('90m').getHours() == 1 && duration('90m').getMinutes() == 90", true),
    ]

    static let macrosAndExtensionsCases: [Case] = [
        Case("[1, 2, 3].map(x, x * x)", [1, 4, 9]),
        Case("[1, 2, 3].filter(x, x > 1)", [2, 3]),
        Case("[1, 2, 3].exists_one(x, x > 2)", true),
        Case("[1, 0].all(x, 1 / x > 0)", nil),
        Case("[1, 0].exists(x, 1 / x > 0)", true),
        Case("{'a': 1, 'b': 2}.map(k, k)", ["a", "b"]),
        Case("[10, 20].all(i, v, v == (i + 1) * 10)", true),
        Case("[1, 2].transformList(i, v, v * i)", [0, 2]),
        Case("{'a': 1}.transformMap(k, v, v + 1)", ["a": 2]),
        Case("cel.bind(x, [1, 2], x + x)", [1, 2, 1, 2]),
        Case("has({'a': 1}.a) && !has({'a': 1}.b)", true),
        Case("{'a': 1}.b", nil),
        Case("[1, 2][2]", nil),
        Case("{'a': 1, 'a': 2}", nil),
        Case("math.greatest(1, 2u, 1.5) == 2u && math.least([3, -1]) == -1", true),
        Case("math.abs(-9223372036854775808)", nil),
        Case("math.bitShiftLeft(1, 3) == 8 && math.ceil(1.2) == 2.0", true),
        Case("optional.of(1).orValue(2) == 1 && optional.none().orValue(2) == 2", true),
        Case("{'a': 1}[?'b'].hasValue()", false),
        Case("[1, ?optional.none(), ?optional.of(2)]", [1, 2]),
    ]

    static func check(_ c: Case) throws {
        let program: CELProgram
        do {
            program = try CEL.compile(c.expr)
        } catch {
            #expect(c.expected == nil, "compile error \(error) for \(c.expr)")
            return
        }
        for (mode, v) in [("folded", program.evaluate()), ("traced", program.evaluateWithTrace().result)] {
            if let want = c.expected {
                #expect(Conformance.matches(want, v), "\(mode): \(c.expr) gave \(v), expected \(want)")
            } else {
                #expect(v.isError, "\(mode): \(c.expr) gave \(v), expected an error")
            }
        }
    }

    @Test(arguments: literalsAndArithmeticCases) func literalsAndArithmetic(_ c: Case) throws { try Self.check(c) }
    @Test(arguments: logicAndComparisonCases) func logicAndComparison(_ c: Case) throws { try Self.check(c) }
    @Test(arguments: stringsAndConversionsCases) func stringsAndConversions(_ c: Case) throws { try Self.check(c) }
    @Test(arguments: regularExpressionsCases) func regularExpressions(_ c: Case) throws { try Self.check(c) }
    @Test(arguments: timeValuesCases) func timeValues(_ c: Case) throws { try Self.check(c) }
    @Test(arguments: macrosAndExtensionsCases) func macrosAndExtensions(_ c: Case) throws { try Self.check(c) }
}
