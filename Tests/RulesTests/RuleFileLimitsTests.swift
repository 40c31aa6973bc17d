import Foundation
import PuhuiCore
import Testing

@testable import Rules

/// Hostile rule files are refused within the limits (RuleFileLimits, docs/LIMITS.md), each in
/// well under a second, with a positioned diagnostic.
struct RuleFileLimitsTests {
    /// Nine levels of nine aliases: 9⁹ = 387,420,489 values once expanded ("billion laughs").
    static func aliasBomb(at place: String) -> String {
        var anchors = "  a0: &a0 [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]\n"
        for level in 1...9 {
            let previous = "*a\(level - 1)"
            let items = Array(repeating: previous, count: 9).joined(separator: ", ")
            anchors += "  a\(level): &a\(level) [\(items)]\n"
        }
        switch place {
        case "parameter":
            return RuleFileDiagnosticsTests.header.replacingOccurrences(
                of: "value: 10", with: "value: *a9")
                + "rules:\n  - {id: A-01, basis: b, severity: block, check: 'true'}\nx_anchors:\n" + anchors
        default:
            return """
                ruleset: t
                version: "1"
                anchors:
                \(anchors)rules:
                  - {id: A-01, basis: b, severity: block, check: 'true'}
                tests:
                  - {name: bomb, as_of: 2024-01-01, facts: {outlet: *a9}, expect: {A-01: pass}}
                """
        }
    }

    static func timed(_ text: String) -> (diagnostics: [RuleDiagnostic], seconds: Double) {
        let started = Date()
        let found = RuleFileDiagnosticsTests.diagnostics(text)
        return (found, Date().timeIntervalSince(started))
    }

    @Test(arguments: ["parameter", "test facts"])
    func anAliasBombIsRefusedAtOnce(place: String) throws {
        // Anchors must come before their aliases: put them first in the document.
        let text = Self.aliasBomb(at: place)
        let reordered: String
        if place == "parameter" {
            let parts = text.components(separatedBy: "x_anchors:\n")
            reordered = "x_anchors:\n" + parts[1] + parts[0]
        } else {
            reordered = text
        }
        let (found, seconds) = Self.timed(reordered)
        #expect(seconds < 1, "took \(seconds) s")
        #expect(found.count == 1, "\(found)")
        #expect(found.first?.message.en.contains("expands to more than 100000 values") == true, "\(found)")
        #expect((found.first?.line ?? 0) > 1)
    }

    @Test func deepNestingIsRefused() throws {
        let deep = String(repeating: "[", count: 200) + String(repeating: "]", count: 200)
        let text = "ruleset: t\nversion: \"1\"\ndeep: \(deep)\nrules: []\n"
        let (found, seconds) = Self.timed(text)
        #expect(seconds < 1)
        #expect(found.contains { $0.message.en.contains("nested more than 64 levels deep") }, "\(found)")
        // Deeper than libyaml's own bound (1,000): its error, positioned, and no crash.
        let deeper = String(repeating: "[", count: 5_000)
        let (parsed, _) = Self.timed("ruleset: t\ndeep: \(deeper)\n")
        #expect(parsed.first?.message.en.contains("YAML syntax") == true, "\(parsed)")
    }

    @Test func aFileLargerThanTheLimitIsRefusedUnread() throws {
        let text = "ruleset: t\n# " + String(repeating: "x", count: RuleFileLimits.maximumBytes) + "\n"
        let (found, seconds) = Self.timed(text)
        #expect(seconds < 1)
        #expect(
            found.map(\.message.en) == [
                "the file has \(text.utf8.count) bytes, more than the limit of 1048576 (1 MiB, docs/LIMITS.md)"
            ])
    }

    @Test func aFewAliasesWithinTheLimitStillWork() throws {
        let text = """
            ruleset: t
            version: "1"
            title: {zh: 测试, en: test}
            parameters:
              kinds:
                values:
                  - {from: 2024-01-01, value: &kinds [1, 2, 3], basis: "b"}
                  - {from: 2025-01-01, value: *kinds, basis: "b"}
            rules:
              - {id: A-01, basis: b, severity: block, check: 'size(params.kinds) == 3'}
            """
        #expect(RuleFileDiagnosticsTests.diagnostics(text).isEmpty)
    }

    @Test func theDefaultRuleSetIsWellWithinTheLimits() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
            "../../Seed/rules/nantong-inclusive.yaml")
        let data = try Data(contentsOf: url)
        #expect(data.count * 10 < RuleFileLimits.maximumBytes)
        _ = try CompiledRuleSet.compile(data: data, fileName: "nantong-inclusive.yaml")
    }
}
