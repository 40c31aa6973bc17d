import Dispatch
import Rules

/// One batch's evaluation running in the background (on every core, through
/// `CompiledRuleSet.evaluate(batch:)`) while the caller stores the previous batch and loads the
/// next.
///
/// `@unchecked Sendable` is safe: `results` and `seconds` are written once, by the background
/// task, before it leaves the group, and read only after `wait()` has waited on that group —
/// the group's enter/leave/wait orders the write before every read.
final class BatchEvaluation: @unchecked Sendable {
    private let group = DispatchGroup()
    private var results: [OutletVerdicts] = []
    /// How long the evaluation itself took (wall time on the workers).
    private(set) var seconds = 0.0

    static func start(
        _ ruleSet: CompiledRuleSet, _ batch: [Facts], _ snapshot: ParameterSnapshot, _ detail: ExplanationDetail
    ) -> BatchEvaluation {
        let evaluation = BatchEvaluation()
        evaluation.group.enter()
        DispatchQueue.global().async {
            let start = DispatchTime.now().uptimeNanoseconds
            evaluation.results = ruleSet.evaluate(batch: batch, on: snapshot, detail: detail)
            evaluation.seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            evaluation.group.leave()
        }
        return evaluation
    }

    /// Waits for the batch and returns its verdicts, in the batch's order.
    func wait() -> [OutletVerdicts] {
        group.wait()
        return results
    }
}
