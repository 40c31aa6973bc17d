import Registry

/// What the service needs of a registry: the store boundary (every operation it calls is one of
/// `RegistryStore`'s, the same the CLI calls), the clock that says which day "today" is, the
/// schema version, and a copy of itself whose writes record that they came through the API.
package protocol ServiceRegistry: RegistryStore {
    var clock: RegistryClock { get }
    func schemaVersion() async throws -> Int
    /// This registry with its writes recorded as coming through `channel` (`audit_channel`).
    func recording(through channel: AuditChannel) -> Self
}

extension RegistryDatabase: ServiceRegistry {
    package func recording(through channel: AuditChannel) -> RegistryDatabase {
        var copy = self
        copy.auditChannel = channel
        return copy
    }
}
