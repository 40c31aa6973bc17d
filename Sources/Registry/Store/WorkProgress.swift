/// How far a long operation has come (an import, an export, a verification run, a benchmark
/// computation, an audit check): reported through a `ProgressHandler` so the command line can
/// draw it; the registry itself never prints.
public struct WorkProgress: Sendable, Equatable {
    /// Which part of the work.
    public enum Phase: String, Sendable, CaseIterable {
        /// An import validating its rows.
        case checking
        /// An import writing its rows.
        case writing
        /// An export writing rows.
        case exporting
        /// Rules evaluated for outlets.
        case verifying
        /// Prices read for a benchmark run.
        case computing
        /// Audit entries checked.
        case auditing
    }

    public var phase: Phase
    /// Units done (rows, outlets, entries).
    public var done: Int
    /// The units there are, when known.
    public var total: Int?
    /// The part done, 0…1, when known other than from `total` (e.g. bytes of a file read).
    public var fraction: Double?

    public init(phase: Phase, done: Int, total: Int? = nil, fraction: Double? = nil) {
        self.phase = phase
        self.done = done
        self.total = total
        self.fraction = fraction
    }

    /// The part done, 0…1, when it can be told.
    public var completed: Double? {
        if let fraction { return min(max(fraction, 0), 1) }
        if let total, total > 0 { return min(Double(done) / Double(total), 1) }
        return nil
    }

    /// How often the long operations report: every this many units.
    package static let interval = 1_000
}

/// Receives progress; called from the thread doing the work (possibly several).
public typealias ProgressHandler = @Sendable (WorkProgress) -> Void
