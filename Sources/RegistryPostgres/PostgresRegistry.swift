import Foundation
import Logging
import PostgresNIO
import PuhuiCore
import Registry

/// The registry on a PostgreSQL 15 server (or a PostgreSQL-compatible one): a pool of
/// connections (postgres-nio's `PostgresClient`), the embedded `Schema/postgresql/` migrations,
/// the reference data, and the write transaction every change goes through — the officer
/// check and the audit chain appended under its lock, committed together.
///
/// ```swift
/// let registry = try await PostgresRegistry.open(url: "postgresql://puhui@db.example/puhui")
/// defer { registry.close() }
/// let officers = try await registry.officers.officers()
/// ```
///
/// Its sub-stores (`PostgresOfficerStore`, `PostgresAuditStore`, …) call the same pure
/// decisions as the SQLite store's; only the storage differs.
package struct PostgresRegistry: Sendable {
    /// The pool.
    let client: PostgresClient
    /// Runs the pool until `close()`.
    let lifetime: ClientLifetime
    /// Where the server is (no password).
    package let location: PostgresLocation
    /// Where timestamps come from.
    package let clock: RegistryClock
    /// The channel this value's writes come through, when not the command line (the service
    /// sets it per request); recorded with each audit entry and covered by its hash.
    package var auditChannel: AuditChannel?
    /// Signs the audit chain's head at every commit, once the registry records a signing key.
    package var auditSigner: AuditHeadSigner? = nil

    /// Connections in the pool unless the caller says otherwise.
    package static let defaultConnections = 8

    /// Opens the registry at `url` (`PostgresLocation`): connects, applies the migrations that
    /// are missing (refusing a database another program's tables fill, or one a newer `puhui`
    /// migrated), and loads the reference data when it differs.
    package static func open(
        url: String, clock: RegistryClock = .system, reference: ReferenceData? = ReferenceData.embedded,
        connections: Int = defaultConnections
    ) async throws -> PostgresRegistry {
        let location = try PostgresLocation(url: url)
        try await location.probe(logger: logger)
        let client = PostgresClient(configuration: location.clientConfiguration(connections: connections))
        let lifetime = ClientLifetime(client)
        let registry = PostgresRegistry(client: client, lifetime: lifetime, location: location, clock: clock)
        do {
            try await registry.migrate(PostgresMigration.embedded)
            if let reference { try await registry.loadReference(reference) }
        } catch {
            lifetime.end()
            throw error
        }
        return registry
    }

    init(client: PostgresClient, lifetime: ClientLifetime, location: PostgresLocation, clock: RegistryClock) {
        self.client = client
        self.lifetime = lifetime
        self.location = location
        self.clock = clock
    }

    /// Closes the pool; the value is unusable afterwards.
    package func close() {
        lifetime.end()
    }

    /// A quiet logger: the store reports through its errors, never by printing.
    static let logger = Logger(label: "puhui.postgres") { _ in SwiftLogNoOpLogHandler() }

    // MARK: - Reading and writing

    /// Runs `body` on one connection of the pool (reads; one statement sees one snapshot).
    func read<T: Sendable>(_ body: (PostgresConnection) async throws -> T) async throws -> T {
        do {
            return try await client.withConnection { connection in try await body(connection) }
        } catch {
            throw PostgresStoreError.mapped(error, location: location.description)
        }
    }

    /// Runs `body` in one REPEATABLE READ transaction that only reads: every statement sees the
    /// same snapshot (a chain being verified while others append).
    func readSnapshot<T: Sendable>(_ body: (PostgresConnection) async throws -> T) async throws -> T {
        do {
            return try await client.withTransaction(logger: Self.logger) { connection in
                try await connection.run("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
                return try await body(connection)
            }
        } catch {
            throw PostgresStoreError.mapped(error, location: location.description)
        }
    }

    /// Runs a write transaction with an audit log for `officer` and `reason`: takes the chain's
    /// lock, reads its tail, checks the officer (`OfficerAuthority`), runs `body`, signs the new
    /// head when the registry signs its chain, and commits — or rolls everything back.
    func write<T: Sendable>(
        officer: String, reason: String, _ body: (PostgresConnection, inout PostgresAuditLog) async throws -> T
    ) async throws -> T {
        let clock = clock
        let channel = auditChannel
        let signer = auditSigner
        do {
            return try await client.withTransaction(logger: Self.logger) { connection in
                var log = try await PostgresAuditLog.begin(
                    connection, officer: officer, reason: reason, channel: channel, clock: clock)
                let firstSeq = log.lastSeq + 1
                _ = try await PostgresOfficerStore.authority(connection, officer: log.officer)
                let result = try await body(connection, &log)
                if log.lastSeq >= firstSeq {
                    try await Self.signHead(connection, log, signer: signer)
                }
                return result
            }
        } catch {
            throw PostgresStoreError.mapped(error, location: location.description)
        }
    }

    /// Inside a write that appended entries: signs the new head, or refuses the write when the
    /// registry records a signing key and this writer holds none (as the SQLite store does).
    static func signHead(_ connection: PostgresConnection, _ log: PostgresAuditLog, signer: AuditHeadSigner?)
        async throws
    {
        if let signer {
            let value = try signer.signedValue(length: log.lastSeq, head: log.lastHash)
            try await setMeta(connection, AuditHeadSigner.metaKey, value)
            return
        }
        guard let recorded = try await meta(connection, SQLiteBadgeStore.badgeKeyMetaKey) else { return }
        let last = try await connection.values(
            "SELECT action FROM audit_log WHERE seq = \(log.lastSeq)", as: String.self
        ).first
        if last != "badge.key" { throw RegistryError.signingKeyRequired(fingerprint: recorded) }
    }

    // MARK: - registry_meta

    static func meta(_ connection: PostgresConnection, _ key: String) async throws -> String? {
        try await connection.values("SELECT value FROM registry_meta WHERE key = \(key)", as: String.self).first
    }

    static func setMeta(_ connection: PostgresConnection, _ key: String, _ value: String) async throws {
        try await connection.run(
            """
            INSERT INTO registry_meta (key, value) VALUES (\(key), \(value))
            ON CONFLICT (key) DO UPDATE SET value = excluded.value
            """)
    }

    /// A fact about the registry (`registry_meta`), if recorded.
    package func meta(_ key: String) async throws -> String? {
        try await read { connection in try await Self.meta(connection, key) }
    }

    // MARK: - Reference data

    /// Loads the reference data if it differs from what the registry holds (by SHA-256): the
    /// same upserts and `reference.load` audit entry as the SQLite store.
    package func loadReference(_ reference: ReferenceData) async throws {
        let sha = reference.sha256
        if try await meta("reference_sha256") == sha { return }
        let parsed = try reference.parse()
        try await write(officer: RegistryDatabase.systemOfficer, reason: "reference data") { connection, log in
            // Another process may have loaded it while this one waited for the chain's lock.
            if try await Self.meta(connection, "reference_sha256") == sha { return }
            for division in parsed.divisionsInStoreOrder {
                try await connection.run(
                    """
                    INSERT INTO division (code, name, name_en, level, parent_code, population, population_source, centre_lat, centre_lon)
                    VALUES (\(division.code), \(division.name), \(division.nameEN), \(division.level.rawValue),
                            \(division.parentCode), \(division.population), \(division.populationSource),
                            \(division.centreLat), \(division.centreLon))
                    ON CONFLICT (code) DO UPDATE SET name = excluded.name, name_en = excluded.name_en,
                        level = excluded.level, parent_code = excluded.parent_code, population = excluded.population,
                        population_source = excluded.population_source, centre_lat = excluded.centre_lat,
                        centre_lon = excluded.centre_lon
                    """)
            }
            for alias in parsed.aliases {
                try await connection.run(
                    """
                    INSERT INTO division_alias (old_code, new_code, note) VALUES (\(alias.old), \(alias.new), \(alias.note))
                    ON CONFLICT (old_code) DO UPDATE SET new_code = excluded.new_code, note = excluded.note
                    """)
            }
            for subdistrict in parsed.subdistricts {
                try await connection.run(
                    """
                    INSERT INTO subdistrict (district_code, name, kind, centre_lat, centre_lon)
                    VALUES (\(subdistrict.districtCode), \(subdistrict.name), \(subdistrict.kind.rawValue),
                            \(subdistrict.centreLat), \(subdistrict.centreLon))
                    ON CONFLICT (district_code, name) DO UPDATE SET kind = excluded.kind,
                        centre_lat = excluded.centre_lat, centre_lon = excluded.centre_lon
                    """)
            }
            for (key, value) in parsed.boundsMeta {
                try await Self.setMeta(connection, key, value)
            }
            try await Self.setMeta(connection, "reference_sha256", sha)
            try await log.append(
                connection, action: "reference.load", entityType: "reference", entityID: "Seed/reference",
                before: nil, after: parsed.auditJSON(sha256: sha))
        }
    }
}

/// Keeps a `PostgresClient` running (its `run()` in a task of its own) until `end()`.
final class ClientLifetime: Sendable {
    private let task: Task<Void, Never>

    init(_ client: PostgresClient) {
        task = Task { await client.run() }
    }

    func end() {
        task.cancel()
    }

    deinit {
        task.cancel()
    }
}
