/// Where the time of a `verifyAll` went (for `verify --all --timing` and BENCHMARKS.md): loading
/// facts (the merged cursors), the rules engine (parallel evaluation, overlapping the other two
/// in a pipeline, so the parts add up to more than the whole), storing (outcomes,
/// verdicts, the rest of the callback), and the whole call including the commit.
public struct VerificationTimings: Sendable {
    public var outlets = 0
    public var evaluations = 0
    public var factsSeconds = 0.0
    public var engineSeconds = 0.0
    public var storeSeconds = 0.0
    public var totalSeconds = 0.0
}
