/// A signed span of time in nanoseconds. Its range is that of a 64-bit count of
/// nanoseconds (about ±292 years), which is what the conformance suite expects
/// (a difference of two far-apart timestamps is a range error).
public struct CELDuration: Sendable, Hashable, Comparable {
    public let nanoseconds: Int64
    public init(nanoseconds: Int64) { self.nanoseconds = nanoseconds }
    public init?(seconds: Int64, nanos: Int64 = 0) {
        let (m, o1) = seconds.multipliedReportingOverflow(by: 1_000_000_000)
        let (t, o2) = m.addingReportingOverflow(nanos)
        if o1 || o2 { return nil }
        self.nanoseconds = t
    }
    public var seconds: Int64 { nanoseconds / 1_000_000_000 }
    public static func < (a: CELDuration, b: CELDuration) -> Bool { a.nanoseconds < b.nanoseconds }
}
