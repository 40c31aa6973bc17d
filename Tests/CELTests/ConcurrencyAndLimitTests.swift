import CEL
import Foundation
import Testing

struct ConcurrencyAndLimitTests {
    @Test func concurrentEvaluation() async throws {
        let p = try CEL.compile(
            "[1, 2, 3].map(x, x * n).filter(y, y > n).size() + n",
            options: .init(variables: ["n"]))
        let ok = await withTaskGroup(of: Bool.self) { group in
            for t in 0..<8 {
                group.addTask {
                    for i in 0..<2000 {
                        let n = Int64(t * 10_000 + i + 1)
                        guard p.evaluate(slots: [.int(n)]) == .int(2 + n) else { return false }
                    }
                    return true
                }
            }
            var all = true
            for await r in group { all = all && r }
            return all
        }
        #expect(ok)
    }

    @Test func sourceSizeLimit() {
        let big = "'" + String(repeating: "a", count: 200_000) + "'"
        #expect(throws: CELError.self) { try CEL.compile(big) }
        #expect((try? CEL.compile(big, options: .init(maxSourceLength: 300_000))) != nil)
    }

    @Test func iterationBudget() throws {
        let p = try CEL.compile("l.all(x, l.all(y, l.all(z, true)))", options: .init(maxIterations: 10_000))
        let l = CELValue.list((0..<100).map { .int(Int64($0)) })
        guard case .error(let e) = p.evaluate(["l": l]) else {
            Issue.record("expected the budget error")
            return
        }
        #expect(e.kind == .limit)
        let small = try CEL.compile("l.all(x, true)", options: .init(maxIterations: 10_000))
        #expect(small.evaluate(["l": l]) == true)
    }

    @Test func depthLimitIsConfigurable() {
        let src = String(repeating: "[", count: 40) + String(repeating: "]", count: 40)
        #expect((try? CEL.compile(src)) != nil)
        #expect(throws: CELError.self) { try CEL.compile(src, options: .init(maxDepth: 20)) }
    }
}

struct ValueSizeLimitTests {
    @Test func doublingThroughBindIsBounded() throws {
        var src = "'aaaaaaaa'"
        for i in 0..<40 { src = "cel.bind(v\(i), \(src), v\(i) + v\(i))" }
        let v = try CEL.compile(src).evaluate()
        guard case .error(let e) = v else {
            Issue.record("expected a size-limit error")
            return
        }
        #expect(e.kind == .limit)
        var rep = "'ab'"
        for i in 0..<10 { rep = "cel.bind(r\(i), \(rep), r\(i).replace('', r\(i)))" }
        #expect(try CEL.compile(rep).evaluate().isError)
    }
}

struct DeepButLegalTests {
    /// Expressions just under the depth limit must parse, check, evaluate and trace
    /// without exhausting the stack, also on the test runner's worker threads.
    @Test func nearLimitNesting() throws {
        let depth = 240
        let lists = String(repeating: "[", count: depth) + "x" + String(repeating: "]", count: depth)
        let p = try CEL.compile("size(\(lists)) == 1", options: .init(variables: ["x"], types: ["x": .int]))
        #expect(p.evaluate(slots: [1]) == true)
        #expect(p.evaluateWithTrace(slots: [1]).result == true)
        let negs = String(repeating: "-(", count: 120) + "x" + String(repeating: ")", count: 120)
        let q = try CEL.compile(negs, options: .init(variables: ["x"]))
        #expect(q.evaluate(slots: [5]) == 5)
        let conds = (0..<200).map { "x == \($0) ? \($0) : " }.joined() + "-1"
        #expect(try CEL.compile(conds).evaluate(["x": 199]) == 199)
    }
}
