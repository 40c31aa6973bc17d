/// A point in time: seconds since the Unix epoch and nanoseconds, limited to the
/// range 0001-01-01T00:00:00Z ... 9999-12-31T23:59:59.999999999Z.
public struct CELTimestamp: Sendable, Hashable, Comparable {
    public let seconds: Int64
    public let nanos: Int32

    static let minSeconds: Int64 = -62_135_596_800
    static let maxSeconds: Int64 = 253_402_300_799

    /// Returns nil when out of range.
    public init?(seconds: Int64, nanos: Int32 = 0) {
        var s = seconds
        var n = Int64(nanos)
        if n < 0 || n >= 1_000_000_000 {
            let (q, r) = n.quotientAndRemainder(dividingBy: 1_000_000_000)
            s = s &+ q
            n = r
            if n < 0 {
                n += 1_000_000_000
                s = s &- 1
            }
        }
        guard s >= CELTimestamp.minSeconds, s <= CELTimestamp.maxSeconds else { return nil }
        self.seconds = s
        self.nanos = Int32(n)
    }

    public static func < (a: CELTimestamp, b: CELTimestamp) -> Bool {
        a.seconds != b.seconds ? a.seconds < b.seconds : a.nanos < b.nanos
    }
}
