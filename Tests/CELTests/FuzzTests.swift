import CEL
import Foundation
import Testing

/// Deterministic fuzzing: whatever the input, compile either succeeds or throws a
/// CELError, and evaluation returns a value (possibly an error value). A crash or a
/// stack overflow fails the whole run.
struct FuzzTests {
    /// SplitMix64: a tiny seeded generator so runs are reproducible.
    struct RNG {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ n: Int) -> Int { n <= 0 ? 0 : Int(next() % UInt64(n)) }
    }

    static let fragments: [String] = [
        "(", ")", "[", "]", "{", "}", ".", ",", ":", "?", "!", "-", "+", "*", "/", "%", "<", "<=", "==", "!=",
        "&&", "||", " in ", "'", "\"", "'''", "\\", "\\x", "\\u", "\\U00", "b'", "r'", "0x", "1u", "1e", "9",
        "9223372036854775808", "1.5", "x", "y", "size", "has(", ".all(", ".map(", "cel.bind(", "timestamp(",
        "duration(", "optional.of(", ".?", "[?", "`", "null", "true", "é", "😀", " ", "\n", "//", "\u{0}",
    ]

    static func seedExpressions() -> [String] {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../../shared/conformance/cel").standardized
        var out: [String] = []
        for folder in ["core", "extensions"] {
            let dir = root.appendingPathComponent(folder).path
            for file in Conformance.files(in: dir) {
                guard let data = FileManager.default.contents(atPath: (dir as NSString).appendingPathComponent(file)),
                    let doc = try? JSONDecoder().decode(Conformance.JSON.self, from: data)
                else { continue }
                for s in doc["section"]?.array ?? [] {
                    for t in s["test"]?.array ?? [] {
                        if let e = t["expr"]?.string { out.append(e) }
                    }
                }
            }
        }
        if out.isEmpty {
            out = [
                "1 + 2 * 3", "[1, 2].map(x, x * 2)", "{'a': b'\\xff'}.a", "timestamp('2020-01-01T00:00:00Z')",
                "'abc'.matches('b+')", "x.y.z || !a && b ? c : d[0]",
            ]
        }
        return out
    }

    static let typed = CELOptions(
        variables: ["x", "y", "a", "b"], types: ["x": .int, "y": .map, "a": .bool, "b": .string])

    static func check(_ src: String, _ rng: inout RNG) {
        let program: CELProgram
        do {
            // Alternate between the dynamic form and declared, typed variables (slots and checker).
            program = try CEL.compile(src, options: rng.below(2) == 0 ? CELOptions() : typed)
        } catch is CELError {
            return
        } catch {
            Issue.record("compile threw a non-CELError for \(src): \(error)")
            return
        }
        let bindings: [String: CELValue] = ["x": 1, "y": ["a": [1, 2]], "a": true, "b": "s"]
        let v = program.evaluate(bindings)
        if rng.below(8) == 0 {
            let t = program.evaluateWithTrace(bindings)
            #expect(t.result.isError == v.isError, "traced and plain evaluation disagree on \(src)")
        }
    }

    @Test func mutatedConformanceExpressions() {
        var rng = RNG(state: 0xC0FFEE)
        let seeds = Self.seedExpressions()
        for seed in seeds {
            Self.check(seed, &rng)
            for _ in 0..<12 {
                var chars = Array(seed.unicodeScalars)
                for _ in 0...rng.below(3) {
                    switch rng.below(4) {
                    case 0 where !chars.isEmpty: chars.remove(at: rng.below(chars.count))
                    case 1:
                        let frag = Self.fragments[rng.below(Self.fragments.count)]
                        chars.insert(contentsOf: frag.unicodeScalars, at: rng.below(chars.count + 1))
                    case 2 where chars.count > 1:
                        chars.swapAt(rng.below(chars.count), rng.below(chars.count))
                    default:
                        if !chars.isEmpty { chars.removeSubrange(rng.below(chars.count)..<chars.count) }
                    }
                }
                var s = String.UnicodeScalarView()
                s.append(contentsOf: chars)
                Self.check(String(s), &rng)
            }
        }
    }

    @Test func randomTokenSoup() {
        var rng = RNG(state: 42)
        for _ in 0..<3000 {
            var s = ""
            for _ in 0..<(1 + rng.below(25)) { s += Self.fragments[rng.below(Self.fragments.count)] }
            Self.check(s, &rng)
        }
    }

    @Test func deepNesting() {
        var rng = RNG(state: 7)
        for open in ["(", "[", "{1:", "!", "-", "-(", "x.y(", "[?", "a[", "true ? 1 : "] {
            Self.check(String(repeating: open, count: 10_000) + "1", &rng)
            Self.check(String(repeating: open, count: 10_000) + "1" + String(repeating: ")", count: 10_000), &rng)
        }
        Self.check(String(repeating: "x.", count: 10_000) + "x", &rng)
        Self.check(String(repeating: "x[0]", count: 10_000), &rng)
        Self.check(Array(repeating: "x", count: 20_000).joined(separator: " || "), &rng)
    }

    @Test func hugeLiterals() throws {
        var rng = RNG(state: 9)
        let big = CELOptions(maxSourceLength: 4_000_000)
        let mb = "'" + String(repeating: "a", count: 1_000_000) + "'"
        #expect(try CEL.compile("size(\(mb))", options: big).evaluate() == .int(1_000_000))
        for src in [
            "1" + String(repeating: "0", count: 400), "1e400", "1" + String(repeating: "0", count: 400) + ".0",
            "-1e400", "0x" + String(repeating: "f", count: 40), String(repeating: "9", count: 400) + "u",
            "1e-400", "[" + Array(repeating: "1", count: 50_000).joined(separator: ",") + "]",
        ] {
            _ = try? CEL.compile(src, options: big).evaluate()
            Self.check(src, &rng)
        }
    }

    @Test func invalidUTF8InBytes() throws {
        let p = try CEL.compile("string(b'\\xff\\xfe\\xc3')")
        #expect(p.evaluate().isError)
        let q = try CEL.compile("size(b'\\xff\\xfe') == 2 && b'\\xc3\\xbf' == bytes('ÿ')")
        #expect(q.evaluate() == true)
        var rng = RNG(state: 11)
        for _ in 0..<500 {
            var s = "b'"
            for _ in 0..<rng.below(10) { s += "\\x" + String(format: "%02x", rng.below(256)) }
            s += "'"
            Self.check("string(\(s))", &rng)
            Self.check("\(s).size() + size(string(\(s)))", &rng)
        }
    }
}
