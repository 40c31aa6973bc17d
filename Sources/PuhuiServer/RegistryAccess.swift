import Registry

/// The registry as the service reaches it: through the store boundary, each call on the
/// `RegistryExecutor` (never on the cooperative threads). Readers run side by side on the WAL
/// database's reader connections and never wait for writers; writes are serialised by the
/// database's writer and SQLite's busy timeout, so a write waits its turn rather than failing
/// with "database is locked".
package struct RegistryAccess: Sendable {
    package let registry: any ServiceRegistry
    private let executor = RegistryExecutor()

    package init(_ registry: any ServiceRegistry) {
        self.registry = registry
    }

    /// Runs `body` with the registry.
    package func run<T: Sendable>(_ body: @Sendable (any ServiceRegistry) async throws -> T) async throws -> T {
        try await run(as: registry, body)
    }

    /// Runs `body` with `store` (the registry recording a request's channel).
    package func run<T: Sendable>(
        as store: any ServiceRegistry, _ body: @Sendable (any ServiceRegistry) async throws -> T
    ) async throws -> T {
        try await withTaskExecutorPreference(executor) { try await body(store) }
    }
}
