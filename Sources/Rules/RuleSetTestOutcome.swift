/// The outcome of one rule-file test: the expectations that did not hold, each with the verdict
/// actually given (and its explanation).
public struct RuleSetTestOutcome: Sendable {
    public struct Mismatch: Sendable {
        public let rule: String
        public let expected: VerdictResult
        public let got: Verdict
    }

    public let test: RuleSetTest
    public let mismatches: [Mismatch]

    public var passed: Bool { mismatches.isEmpty }
}

extension CompiledRuleSet {
    /// Runs the file's own tests: each test's facts as of its day, every expectation compared.
    public func runTests() -> [RuleSetTestOutcome] {
        tests.map { test in
            let verdicts = evaluate(Facts(subject: test.name, roots: test.facts), asOf: test.asOf, detail: .full)
            let mismatches = test.expectations.compactMap { expectation -> RuleSetTestOutcome.Mismatch? in
                guard let got = verdicts.verdicts.first(where: { $0.rule == expectation.rule }),
                    got.result != expectation.result
                else { return nil }
                return RuleSetTestOutcome.Mismatch(rule: expectation.rule, expected: expectation.result, got: got)
            }
            return RuleSetTestOutcome(test: test, mismatches: mismatches)
        }
    }
}
