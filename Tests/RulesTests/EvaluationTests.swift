import CEL
import PuhuiCore
import Testing

@testable import Rules

/// Verdicts, dated parameters and explanations.
struct EvaluationTests {
    static let text = """
        ruleset: t
        version: "1"
        title: {zh: 测试, en: test}
        parameters:
          cap:
            values:
              - {from: 2024-01-01, value: 850, basis: "doc A"}
              - {from: 2025-01-01, value: 800, basis: "doc B"}
        rules:
          - id: PR-01
            title: {zh: 价格上限, en: price cap}
            basis: "plan 2(1)2"
            severity: block
            applies_to: [childcare]
            when: has(price.monthly_fen) && has(benchmark.p50_fen)
            check: price.monthly_fen * 1000 <= benchmark.p50_fen * params.cap
            message: "'月收费' + string(price.monthly_fen / 100) + '元'"
          - id: ST-01
            title: {zh: 人员, en: staff}
            basis: "58"
            severity: warn
            check: outlet.staff_total > 0 && outlet.staff_carers >= 2 && outlet.staff_health_fulltime >= 1
        """

    static func ruleSet() throws -> CompiledRuleSet {
        try CompiledRuleSet.compile(text: text, fileName: "t.yaml")
    }

    static func facts(price: Int64, staffCarers: Int64? = 3) -> Facts {
        var outlet: [String: CELValue] = [
            "kind": "childcare_institution", "staff_total": 5, "staff_health_fulltime": 1,
        ]
        if let staffCarers { outlet["staff_carers"] = .int(staffCarers) }
        return Facts(
            subject: "NT-1",
            roots: [
                "outlet": CELValue(outlet), "price": ["monthly_fen": .int(price)], "benchmark": ["p50_fen": 200000],
            ])
    }

    @Test func parameterChangeAcrossDatesGivesTwoVerdicts() throws {
        let rules = try Self.ruleSet()
        let before = rules.evaluate(Self.facts(price: 164000), asOf: try #require(LocalDate(iso: "2024-12-31")))
        let after = rules.evaluate(Self.facts(price: 164000), asOf: try #require(LocalDate(iso: "2025-01-01")))
        #expect(before.verdicts[0].result == .pass)
        #expect(after.verdicts[0].result == .fail)
        #expect(before.eligible)
        #expect(!after.eligible)
        let reading = try #require(after.verdicts[0].explanation.parameters.first)
        #expect(reading.name == "cap")
        #expect(reading.value == 800)
        #expect(reading.from.description == "2025-01-01")
        #expect(reading.basis == "doc B")
        #expect(after.verdicts[0].message == "月收费1640元")
        #expect(after.verdicts[0].explanation.facts.map(\.path).contains("price.monthly_fen"))
    }

    @Test func noParameterValueInForceIsAnExplainedError() throws {
        let rules = try Self.ruleSet()
        let verdict = rules.evaluate(Self.facts(price: 1), asOf: try #require(LocalDate(iso: "2023-06-01"))).verdicts[0]
        #expect(verdict.result == .error)
        guard case .parameterNotInForce(let name, let first) = verdict.explanation.reason else {
            Issue.record("expected parameterNotInForce, got \(String(describing: verdict.explanation.reason))")
            return
        }
        #expect(name == "cap")
        #expect(first?.description == "2024-01-01")
    }

    @Test func explanationNamesTheFailingOperand() throws {
        let rules = try Self.ruleSet()
        let verdict = rules.evaluate(
            Self.facts(price: 1, staffCarers: 1), asOf: try #require(LocalDate(iso: "2025-06-01"))
        ).verdicts[1]
        #expect(verdict.result == .fail)
        #expect(verdict.severity == .warn)
        let culprits = verdict.explanation.conditions.filter(\.isCulprit).map(\.expression)
        #expect(culprits == ["outlet.staff_carers >= 2"])
        #expect(verdict.explanation.conditions.count == 3)
    }

    @Test func missingFactIsAnErrorNamingTheOperand() throws {
        let rules = try Self.ruleSet()
        let verdict = rules.evaluate(
            Self.facts(price: 1, staffCarers: nil), asOf: try #require(LocalDate(iso: "2025-06-01"))
        ).verdicts[1]
        #expect(verdict.result == .error)
        let culprits = verdict.explanation.conditions.filter(\.isCulprit).map(\.expression)
        #expect(culprits == ["outlet.staff_carers >= 2"])
        #expect(verdict.explanation.facts.contains { $0.path == "outlet.staff_carers" && $0.value.isError })
    }

    @Test func hasInWhenOptsOutAndKindsFilter() throws {
        let rules = try Self.ruleSet()
        let day = try #require(LocalDate(iso: "2025-06-01"))
        let noBenchmark = Facts(
            subject: "x", roots: ["outlet": ["kind": "childcare_family"], "price": ["monthly_fen": 1]])
        #expect(rules.evaluate(noBenchmark, asOf: day).verdicts[0].result == .notApplicable)
        let elder = Facts(subject: "x", roots: ["outlet": ["kind": "elder_institution"]])
        let verdict = rules.evaluate(elder, asOf: day).verdicts[0]
        #expect(verdict.result == .notApplicable)
        #expect(verdict.explanation.reason?.code == "kind_not_covered")
    }

    @Test func batchEqualsOneByOne() throws {
        let rules = try Self.ruleSet()
        let snapshot = rules.parameters(on: try #require(LocalDate(iso: "2025-06-01")))
        let batch = (0..<1000).map { i in Self.facts(price: Int64(150000 + i * 20), staffCarers: Int64(i % 4)) }
        let together = rules.evaluate(batch: batch, on: snapshot, detail: .full)
        #expect(together.count == batch.count)
        for (facts, verdicts) in zip(batch, together) {
            let alone = rules.evaluate(facts, on: snapshot, detail: .full)
            #expect(alone.verdicts.map(\.result) == verdicts.verdicts.map(\.result))
            #expect(alone.eligible == verdicts.eligible)
            #expect(alone.verdicts.map(\.message) == verdicts.verdicts.map(\.message))
        }
        let cheap = rules.evaluate(batch: batch, on: snapshot, detail: .failuresOnly)
        #expect(cheap.map { $0.verdicts.map(\.result) } == together.map { $0.verdicts.map(\.result) })
    }
}
