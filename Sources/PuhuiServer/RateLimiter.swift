import Synchronization

/// A token bucket per client: `perMinute` requests a minute, in bursts of up to `perMinute`.
/// The table is pruned of clients idle for two minutes once it holds many, so its memory stays
/// bounded whatever the number of addresses.
package final class RateLimiter: Sendable {
    package let perMinute: Int
    private let buckets = Mutex<[String: Bucket]>([:])
    private let now: @Sendable () -> ContinuousClock.Instant

    struct Bucket {
        var tokens: Double
        var updated: ContinuousClock.Instant
    }

    static let pruneAbove = 10_000

    package init(perMinute: Int, now: @escaping @Sendable () -> ContinuousClock.Instant = { ContinuousClock.now }) {
        self.perMinute = perMinute
        self.now = now
    }

    /// Takes one request from `client`'s bucket: nil when allowed, else the whole seconds to wait.
    package func take(_ client: String) -> Int? {
        let capacity = Double(perMinute)
        let perSecond = capacity / 60
        let instant = now()
        return buckets.withLock { table -> Int? in
            if table.count > Self.pruneAbove {
                table = table.filter { instant - $0.value.updated < .seconds(120) }
            }
            var bucket = table[client] ?? Bucket(tokens: capacity, updated: instant)
            let elapsed = instant - bucket.updated
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            bucket.tokens = min(capacity, bucket.tokens + seconds * perSecond)
            bucket.updated = instant
            defer { table[client] = bucket }
            if bucket.tokens >= 1 {
                bucket.tokens -= 1
                return nil
            }
            return max(1, Int(((1 - bucket.tokens) / perSecond).rounded(.up)))
        }
    }
}
