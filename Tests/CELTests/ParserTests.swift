import CEL
import Testing

struct ParserTests {
    func compileError(_ src: String) -> CELError? {
        do {
            _ = try CEL.compile(src)
            return nil
        } catch let e as CELError {
            return e
        } catch {
            return nil
        }
    }

    func eval(_ src: String, _ vars: [String: CELValue] = [:]) throws -> CELValue {
        try CEL.compile(src).evaluate(vars)
    }

    @Test func diagnosticHasLineColumnAndCaret() throws {
        let e = try #require(compileError("a &&\n  b + * c"))
        #expect(e.kind == .syntax)
        #expect(e.line == 2)
        #expect(e.column == 7)
        #expect(e.rendered.contains("  b + * c"))
        #expect(e.rendered.hasSuffix("......^"))
    }

    @Test func unterminatedString() throws {
        let e = try #require(compileError("'abc"))
        #expect(e.line == 1 && e.column == 1)
    }

    @Test func reservedWordsRejected() {
        for w in ["if", "while", "var", "package", "in", "return"] {
            #expect(compileError("\(w) + 1") != nil, "\(w) must be rejected")
        }
        #expect(compileError("{'if': 1}.if") == nil, "reserved words are fine as field names")
    }

    @Test func precedence() throws {
        #expect(try eval("1 + 2 * 3") == 7)
        #expect(try eval("(1 + 2) * 3") == 9)
        #expect(try eval("10 - 4 - 3") == 3)
        #expect(try eval("true || false && false") == true)
        #expect(try eval("false ? 1 : true ? 2 : 3") == 2)
        #expect(try eval("!!true") == true)
        #expect(try eval("---5") == -5)
        #expect(try eval("1 < 2 == true") == true)
        #expect(try eval("-9223372036854775808") == .int(Int64.min))
        #expect(try eval("2 in [1, 2] && 'a' + 'b' == 'ab'") == true)
    }

    @Test func literals() throws {
        #expect(try eval("0x1F") == 31)
        #expect(try eval("0x1Fu") == .uint(31))
        #expect(try eval("1e3") == 1000.0)
        #expect(try eval(".5") == 0.5)
        #expect(try eval("'\\u00e9\\U0001F600\\x41\\101'") == .string("é😀AA"))
        #expect(try eval("b'\\xff\\000'") == .bytes([255, 0]))
        #expect(try eval("r'\\n'") == .string("\\n"))
        #expect(try eval("'''a\nb'''") == .string("a\nb"))
        #expect(try eval("[1, 2, ]") == [1, 2])
        #expect(try eval("{'a': 1, }") == ["a": 1])
        #expect(compileError("9223372036854775808") != nil)
        #expect(compileError("18446744073709551616u") != nil)
        #expect(compileError("'\\uD800'") != nil)
    }

    @Test func deepNestingIsAnErrorNotACrash() throws {
        for open in ["(", "[", "{'a':", "-(", "f("] {
            let src = String(repeating: open, count: 10_000) + "1"
            let e = try #require(compileError(src))
            #expect(e.kind == .limit || e.kind == .syntax)
        }
        let e = try #require(
            compileError(String(repeating: "(", count: 10_000) + "1" + String(repeating: ")", count: 10_000)))
        #expect(e.kind == .limit)
        #expect(e.line == 1)
    }

    @Test func longChainsAreBalancedOrLimited() throws {
        let ands = Array(repeating: "true", count: 5000).joined(separator: " && ")
        #expect(try eval(ands) == true)
        let sums = Array(repeating: "1", count: 5000).joined(separator: " + ")
        #expect(compileError(sums)?.kind == .limit)
        let short = Array(repeating: "1", count: 100).joined(separator: " + ")
        #expect(try eval(short) == 100)
    }

    @Test func comments() throws {
        #expect(try eval("1 + // one\n 2") == 3)
    }
}
