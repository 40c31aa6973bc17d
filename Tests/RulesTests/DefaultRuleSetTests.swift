import Foundation
import Testing

@testable import Rules

/// The default rule set (Seed/rules/nantong-inclusive.yaml) compiles and its own tests pass
/// (what `puhui rules test` runs), and they cover every result of every rule.
struct DefaultRuleSetTests {
    static func load() throws -> CompiledRuleSet {
        let url = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Seed/rules/nantong-inclusive.yaml")
        return try CompiledRuleSet.compile(data: try Data(contentsOf: url), fileName: "nantong-inclusive.yaml")
    }

    @Test func compilesAndItsTestsPass() throws {
        let ruleSet: CompiledRuleSet
        do {
            ruleSet = try Self.load()
        } catch let error as RuleSetError {
            Issue.record("rule set does not compile:\n\(error)")
            return
        }
        let outcomes = ruleSet.runTests()
        #expect(outcomes.count == ruleSet.tests.count)
        for outcome in outcomes where !outcome.passed {
            for mismatch in outcome.mismatches {
                Issue.record(
                    """
                    \(outcome.test.name) (line \(outcome.test.line)): \(mismatch.rule) expected \(mismatch.expected.rawValue), \
                    got \(mismatch.got.result.rawValue): \(mismatch.got.message)
                    \(mismatch.got.explanation.lines(chinese: false).joined(separator: "\n"))
                    """)
            }
        }
    }

    @Test func testsCoverEveryResultOfEveryRule() throws {
        let ruleSet = try Self.load()
        var covered: [String: Set<VerdictResult>] = [:]
        for test in ruleSet.tests {
            for expectation in test.expectations { covered[expectation.rule, default: []].insert(expectation.result) }
        }
        for rule in ruleSet.rules {
            let missing = Set(VerdictResult.allCases).subtracting(covered[rule.id] ?? [])
            #expect(missing.isEmpty, "\(rule.id) has no test for \(missing.map(\.rawValue).sorted())")
        }
    }

    @Test func everyRuleHasABasisAndEveryParameterValueToo() throws {
        let ruleSet = try Self.load()
        #expect(ruleSet.rules.count >= 14)
        for rule in ruleSet.rules { #expect(!rule.basis.isEmpty, "\(rule.id) has no basis") }
        for parameter in ruleSet.parameters {
            for value in parameter.values {
                #expect(!value.basis.isEmpty, "\(parameter.name) \(value.from) has no basis")
            }
        }
    }

    @Test func hashIsTheSHA256OfTheFile() throws {
        let ruleSet = try Self.load()
        #expect(ruleSet.hash.count == 64)
        #expect(ruleSet.hash.allSatisfy { $0.isHexDigit })
    }
}
