import CEL
import Testing

struct TraceTests {
    @Test func traceRecordsSubExpressionsAndVariables() throws {
        let src = "price.monthly_fen <= limit && pledge_signed"
        let p = try CEL.compile(src, options: .init(variables: ["price", "limit", "pledge_signed"]))
        let t = p.evaluateWithTrace(["price": ["monthly_fen": 120], "limit": 100, "pledge_signed": true])
        #expect(t.result == false)
        #expect(t.value(of: "price.monthly_fen <= limit") == false)
        #expect(t.value(of: "price.monthly_fen") == 120)
        #expect(t.variablesRead["price.monthly_fen"] == 120)
        #expect(t.variablesRead["limit"] == 100)
        let cmp = try #require(t.steps.first { $0.text == "price.monthly_fen <= limit" })
        #expect(cmp.start == 0)
        #expect(cmp.end == 26)
        let last = try #require(t.steps.last)
        #expect(last.text == src)
    }

    @Test func traceShowsErrors() throws {
        let p = try CEL.compile("a / b > 1 || c")
        let t = p.evaluate(["a": 1, "b": 0, "c": false], trace: true)
        guard case .error(let e) = t.value(of: "a / b") else {
            Issue.record("expected the division error in the trace")
            return
        }
        #expect(e.kind == .divideByZero)
        #expect(t.result.isError)
    }

    @Test func untracedEvaluationMatchesTraced() throws {
        let p = try CEL.compile("[1, 2, 3].map(x, x * k).exists(y, y > 5)")
        #expect(p.evaluate(["k": 2]) == p.evaluateWithTrace(["k": 2]).result)
    }
}

struct TraceRangeTests {
    @Test func negativeLiteralRangeIncludesSign() throws {
        let t = try CEL.compile("x > -5").evaluateWithTrace(["x": 1])
        #expect(t.steps.contains { $0.text == "-5" && $0.value == -5 })
    }
}

struct TraceClauseTests {
    @Test func clausesExplainWhichPartFailed() throws {
        let src = "price <= median * 0.85 && staff * 3 >= infants && (pledge_signed || waived)"
        let p = try CEL.compile(
            src, options: .init(variables: ["price", "median", "staff", "infants", "pledge_signed", "waived"]))
        let t = p.evaluateWithTrace([
            "price": 90.0, "median": 100.0, "staff": 2, "infants": 5, "pledge_signed": false, "waived": true,
        ])
        #expect(t.result == false)
        #expect(t.clauseOperator == "&&")
        #expect(t.clauses.map(\.text) == ["price <= median * 0.85", "staff * 3 >= infants", "pledge_signed || waived"])
        #expect(t.clauses[0].failed)
        #expect(t.clauses[0].variables == ["price": 90.0, "median": 100.0])
        #expect(t.clauses[1].value == true)
        #expect(t.clauses[1].variables == ["staff": 2, "infants": 5])
        #expect(t.clauses[2].value == true)
    }

    @Test func everyClauseIsEvaluatedWhenTracing() throws {
        let p = try CEL.compile("a || b || 1 / 0 == 1")
        let t = p.evaluateWithTrace(["a": true, "b": false])
        #expect(t.result == true)
        #expect(t.clauseOperator == "||")
        #expect(t.clauses.count == 3)
        #expect(t.clauses[1].value == false)
        #expect(t.clauses[2].value?.isError == true)
        #expect(!t.clauses[0].failed && t.clauses[1].failed)
        let single = try CEL.compile("x + 1").evaluateWithTrace(["x": 1])
        #expect(single.clauseOperator == nil)
        #expect(single.clauses.count == 1 && single.clauses[0].value == 2)
    }
}
