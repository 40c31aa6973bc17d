import Dispatch
import Registry

/// The registry as the service reaches it. The registry's operations are synchronous (GRDB
/// waits for SQLite); running them on Swift's cooperative threads would stall every request on
/// two cores, so each call runs on a dispatch queue of its own and the request awaits it.
/// Readers run side by side on the WAL database's reader connections and never wait for a
/// writer; writes are serialised by the database's writer (and SQLite's busy timeout), so a
/// write waits its turn rather than failing with "database is locked".
package struct RegistryAccess: Sendable {
    package let registry: RegistryDatabase
    private let queue = DispatchQueue(label: "puhui.registry", qos: .userInitiated, attributes: .concurrent)

    package init(_ registry: RegistryDatabase) {
        self.registry = registry
    }

    /// Runs `body` with the registry off the cooperative thread pool.
    package func run<T: Sendable>(_ body: @escaping @Sendable (RegistryDatabase) throws -> T) async throws -> T {
        try await run(as: registry, body)
    }

    /// Runs `body` with `database` (the registry with a request's audit channel).
    package func run<T: Sendable>(
        as database: RegistryDatabase, _ body: @escaping @Sendable (RegistryDatabase) throws -> T
    ) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            queue.async {
                continuation.resume(with: Result { try body(database) })
            }
        }
    }
}
