import Foundation
import Registry

/// A clock the test moves forward by hand, so that later writes carry later audit times.
final class AdvancingClock: @unchecked Sendable {
    private let lock = NSLock()
    private var now: Date

    init(_ start: Date) { now = start }

    var registryClock: RegistryClock { RegistryClock { [self] in lock.withLock { now } } }

    /// Moves the clock on by `seconds` and returns the new time as the audit log writes it.
    @discardableResult
    func advance(by seconds: TimeInterval) -> String {
        lock.withLock {
            now = now.addingTimeInterval(seconds)
            return RegistryClock.timestamp(now)
        }
    }
}
