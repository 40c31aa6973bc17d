import Foundation

/// How long a write waits for another write in progress before it gives up (SQLite lets one
/// writer at a time; readers are never blocked in WAL mode). The command line sets the limit
/// with `--wait SECONDS` or `PUHUI_WAIT`; docs/LIMITS.md says why the default is what it is.
public struct WriteWait: Sendable {
    /// Seconds to wait for the other write to finish.
    public var limit: Double
    /// Called once per wait, after `noticeAfter` seconds, with the limit (the CLI says so on stderr).
    public var onWaiting: (@Sendable (Double) -> Void)?

    /// Two minutes: longer than a large import (a 100,000-outlet file takes about 30 s here),
    /// short enough that a stuck writer is reported while the user still watches.
    public static let defaultLimit: Double = 120
    /// The largest limit accepted (a day).
    public static let maximumLimit: Double = 86_400
    /// After this many seconds of waiting the user is told why nothing happens.
    public static let noticeAfter: Double = 1

    public init(limit: Double = WriteWait.defaultLimit, onWaiting: (@Sendable (Double) -> Void)? = nil) {
        self.limit = max(0, min(limit, Self.maximumLimit))
        self.onWaiting = onWaiting
    }

    public static let standard = WriteWait()

    /// SQLite's busy handler for this wait: sleeps between tries (1 ms growing to 50 ms),
    /// reports once after `noticeAfter`, and gives up (SQLITE_BUSY) once `limit` has passed.
    func busyCallback() -> @Sendable (Int) -> Bool {
        let waiter = BusyWaiter(limit: limit, onWaiting: onWaiting)
        return { tries in waiter.shouldRetry(tries) }
    }
}

/// The state of one connection's current wait. `@unchecked Sendable`: every access to the
/// mutable fields is under `lock`; SQLite may call the handler from any connection's thread.
final class BusyWaiter: @unchecked Sendable {
    private let limit: Double
    private let onWaiting: (@Sendable (Double) -> Void)?
    private let lock = NSLock()
    private var started = Date()
    private var noticed = false

    init(limit: Double, onWaiting: (@Sendable (Double) -> Void)?) {
        self.limit = limit
        self.onWaiting = onWaiting
    }

    func shouldRetry(_ tries: Int) -> Bool {
        let now = Date()
        lock.lock()
        if tries == 0 {
            started = now
            noticed = false
        }
        let elapsed = now.timeIntervalSince(started)
        let notify = elapsed >= WriteWait.noticeAfter && !noticed && elapsed < limit
        if notify { noticed = true }
        lock.unlock()
        guard elapsed < limit else { return false }
        if notify { onWaiting?(limit) }
        let pause = min(50_000, 1_000 << min(tries, 6))
        usleep(useconds_t(pause))
        return true
    }
}
