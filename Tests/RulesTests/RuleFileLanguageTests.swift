import Foundation
import PuhuiCore
import Testing

@testable import Rules

/// A rule file's diagnostics speak both languages, each in one voice: the Chinese message has no
/// English words but the file's own keys and values (quoted “…” or listed after 可用：) and the
/// names YAML, CEL, UTF-8 and YYYY-MM-DD; the English one has no Chinese.
@Suite("Rule-file diagnostics speak one language at a time")
struct RuleFileLanguageTests {
    /// Bad files that between them reach every kind of diagnostic the loader writes.
    static let ruleFiles: [String] = [
        "",
        "ruleset: t\nrules: [\n  - x: 1\n",
        "ruleset: t\nruleset: u\nversion: \"1\"\nrules: []\n",
        "- just\n- a list\n",
        "ruleset: bad id!\nversion: [1]\nrules: {}\nextra: 1\n",
        "ruleset: t\nversion: \"1\"\n",
        RuleFileDiagnosticsTests.header + """
            rules:
              - id: A-01
                basis: "b"
                severity: blocker
                check: outlet.beds > 1
              - id: A-01
                basis: "b"
                severity: warn
                effective: {from: 2024-02-30, to: 2023-01-01, until: 1}
                check: outlet.beds >
              - id: A-02
                basis: "b"
                severity: info
                applies_to: [kindergarten]
                check: outlet.beds <= params.kap
                colour: red
              - id: A-03
                basis: "b"
                severity: info
              - basis: "b"
                title: {zh: 标题, fr: titre}
                check: ""
              - id: A-04
                severity: info
                check: [1]
              - id: A-05
                basis: "b"
                severity: info
                check: benchmrk.p50 > 0 && 1 / 0 == 1
                message: '"unterminated'
              - not a mapping
            tests:
              - name: t
                as_of: 2024-13-01
                facts: {params: 1, outlett: {}}
                expect: {Z-9: pass, A-02: maybe}
                extra: 1
              - name: u
            """,
        """
        ruleset: t
        version: "1"
        parameters:
          bad-name: {values: []}
          cap:
            colour: red
          lim:
            values:
              - {from: 2024-01-01, value: 1, basis: b}
              - {from: 2024-01-01, value: 2, basis: b, note: x}
              - {}
          seq: [1]
        rules:
          - id: A
            basis: b
            severity: info
            check: params.nothing > 0
        """,
        "a: &a [1, 2]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
            + (0..<8).map {
                "c\($0): &c\($0) [" + String(repeating: "*\($0 == 0 ? "b" : "c\($0 - 1)"), ", count: 10) + "1]"
            }
            .joined(separator: "\n"),
        String(repeating: "[", count: 100) + String(repeating: "]", count: 100),
    ]

    static let parameterFiles: [String] = [
        "",
        "parameter_set: p\nversion: \"1\"\nparameters: {}\nrules: []\n",
        "title: x\n",
    ]

    static func diagnostics() -> [RuleDiagnostic] {
        var found: [RuleDiagnostic] = []
        for text in ruleFiles {
            do { _ = try CompiledRuleSet.compile(text: text, fileName: "bad.yaml") } catch {
                found += error.diagnostics
            }
        }
        for text in parameterFiles {
            do { _ = try ParameterFile.load(data: Data(text.utf8), fileName: "p.yaml") } catch {
                found += error.diagnostics
            }
        }
        do { _ = try CompiledRuleSet.compile(data: Data([0xFF, 0xFE, 0x00]), fileName: "bin.yaml") } catch {
            found += error.diagnostics
        }
        do {
            _ = try CompiledRuleSet.compile(
                data: Data(repeating: 0x20, count: RuleFileLimits.maximumBytes + 1), fileName: "big.yaml")
        } catch { found += error.diagnostics }
        return found
    }

    /// The Chinese message without what is data: quoted keys and values, the lists after 可用：,
    /// numbers, dates and the names of formats.
    static func wording(_ zh: String) -> String {
        var text = zh
        for pattern in [
            #"“[^”]*”"#, #"可用：[^）]*"#, #"YYYY-MM-DD"#, #"UTF-8"#, #"\bYAML\b"#, #"\bCEL\b"#, #"docs/LIMITS\.md"#,
            #"\bMiB\b"#,
        ] {
            text = text.replacingOccurrences(of: pattern, with: " ", options: .regularExpression)
        }
        return text
    }

    static func isChinese(_ scalar: Unicode.Scalar) -> Bool {
        (0x2E80...0x9FFF).contains(scalar.value) || (0xFF00...0xFFEF).contains(scalar.value)
            || (0x3000...0x303F).contains(scalar.value) || [0x201C, 0x201D].contains(scalar.value)
    }

    @Test("the corpus reaches the diagnostics it is meant to")
    func corpusIsBroad() {
        let messages = Set(Self.diagnostics().map(\.message.en))
        #expect(messages.count >= 40, "only \(messages.count) distinct diagnostics: \(messages.sorted())")
        for fragment in [
            "YAML syntax", "duplicate key", "must be a mapping", "must be a list", "must be text", "CEL syntax",
            "unknown fact", "unknown parameter", "bad date", "not UTF-8", "more than the limit", "expands to more than",
            "nested more than", "unknown language", "unknown result", "needs 'as_of'",
        ] {
            #expect(messages.contains { $0.contains(fragment) }, "no diagnostic says \(fragment)")
        }
    }

    @Test("no English words in a Chinese diagnostic, no Chinese in an English one")
    func oneVoice() {
        for diagnostic in Self.diagnostics() {
            let zh = diagnostic.message.zh
            #expect(zh.unicodeScalars.contains(where: Self.isChinese), "\(zh)")
            let words = Self.wording(zh).split { !$0.isASCII || !$0.isLetter }.filter { $0.count >= 2 }
            #expect(words.isEmpty, "English in Chinese: \(words) in \(zh)")
            #expect(
                !diagnostic.message.en.unicodeScalars.contains(where: Self.isChinese),
                "Chinese in English: \(diagnostic.message.en)")
        }
    }

    @Test("the Chinese rendering says 错误 where the English says error, with the same caret")
    func rendering() throws {
        let diagnostic = try #require(Self.diagnostics().first { !$0.sourceLine.isEmpty })
        let zh = diagnostic.rendered(.zh).split(separator: "\n")
        let en = diagnostic.rendered(.en).split(separator: "\n")
        #expect(zh[0].contains(": 错误："))
        #expect(en[0].contains(": error: "))
        #expect(zh.dropFirst() == en.dropFirst())
    }
}
