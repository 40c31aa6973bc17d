import PuhuiCore
import Testing

@testable import Rules

/// A bad rule file is rejected with every problem at its file:line:column.
struct RuleFileDiagnosticsTests {
    static func diagnostics(_ text: String) -> [RuleDiagnostic] {
        do {
            _ = try CompiledRuleSet.compile(text: text, fileName: "bad.yaml")
            return []
        } catch {
            return error.diagnostics
        }
    }

    static let header = """
        ruleset: t
        version: "1"
        title: {zh: 测试, en: test}
        parameters:
          cap:
            values:
              - {from: 2024-01-01, value: 10, basis: "b"}

        """

    @Test func reportsEveryProblemWithItsPosition() {
        let text =
            Self.header + """
                rules:
                  - id: A-01
                    basis: "b"
                    severity: blocker
                    check: outlet.beds > 1
                  - id: A-01
                    basis: "b"
                    severity: warn
                    effective: {from: 2024-02-30}
                    check: outlet.beds >
                  - id: A-02
                    basis: "b"
                    severity: info
                    applies_to: [kindergarten]
                    check: outlet.beds <= params.kap
                  - id: A-03
                    basis: "b"
                    severity: info
                tests:
                  - name: t
                    as_of: 2024-13-01
                    facts: {}
                    expect: {Z-9: pass}
                """
        let found = Self.diagnostics(text).map { "\($0.line):\($0.column) \($0.message)" }
        #expect(found.count == 9, "\(found)")
        let expected: [(String, String)] = [
            ("11:15", "unknown severity 'blocker'"),
            ("13:9", "duplicate rule id 'A-01' (first at line 9)"),
            ("16:23", "bad date '2024-02-30'"),
            ("17:25", "CEL syntax"),
            ("21:18", "unknown kind or group 'kindergarten'"),
            ("22:34", "unknown parameter 'kap'"),
            ("23:5", "rule 'A-03' has no 'check'"),
            ("28:12", "bad date '2024-13-01'"),
            ("30:14", "unknown rule 'Z-9'"),
        ]
        for (position, fragment) in expected {
            #expect(
                found.contains { $0.hasPrefix(position + " ") && $0.contains(fragment) },
                "missing \(position) \(fragment) in \(found)")
        }
    }

    @Test func rendersFileLineColumnWithTheSourceLineAndACaret() throws {
        let text =
            Self.header + """
                rules:
                  - id: A-01
                    basis: "b"
                    severity: block
                    check: "outlet.beds >= "
                """
        let diagnostic = try #require(Self.diagnostics(text).first)
        let lines = diagnostic.description.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[0].hasPrefix("bad.yaml:12:28:"))
        #expect(lines[0].contains(": error: "))
        #expect(lines[1].contains("check: \"outlet.beds >= \""))
        // The caret sits under the column the headline names.
        let caretColumn =
            (lines[2].firstIndex(of: "^").map { lines[2].distance(from: lines[2].startIndex, to: $0) } ?? 0) - 4 + 1
        #expect(lines[0].hasPrefix("bad.yaml:12:\(caretColumn):"))
    }

    @Test func mapsErrorsInsideBlockScalarsLineByLine() throws {
        let text =
            Self.header + """
                rules:
                  - id: A-01
                    basis: "b"
                    severity: block
                    check: |
                      outlet.beds > 1 &&
                        outlet.beds < )
                """
        let diagnostic = try #require(Self.diagnostics(text).first)
        #expect(diagnostic.line == 14)
        #expect(diagnostic.column == 23)
    }

    @Test func reportsYAMLSyntaxErrors() throws {
        let diagnostic = try #require(Self.diagnostics("ruleset: t\nrules: [\n  - x: 1\n").first)
        #expect(diagnostic.message.en.contains("YAML syntax"))
        #expect(diagnostic.line >= 2)
    }

    @Test func reportsUnknownFacts() {
        let text =
            Self.header + """
                rules:
                  - id: A-01
                    basis: "b"
                    severity: block
                    check: benchmrk.p50_fen > 0 && outlet.classes.all(c, c.carers > 0) && math.greatest(1, 2) == 2
                """
        let found = Self.diagnostics(text)
        #expect(found.count == 1)
        #expect(found.first?.message.en.contains("unknown fact 'benchmrk'") == true)
        #expect(found.first?.column == 12)
    }
}
