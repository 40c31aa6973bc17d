import Crypto
import Foundation
import PostgresNIO
import Registry
import Testing

@testable import RegistryPostgres

/// The audit chain and the schema on PostgreSQL against the real server: append-only by
/// trigger, appended under the chain's lock by writers in separate pools (as separate processes
/// would be) without forking, verified and checkpointed like SQLite's.
@Suite(
    "PostgreSQL store: audit chain and schema",
    .enabled(if: PostgresTestServer.isAvailable, PostgresTestServer.skipReason))
struct PostgresAuditTests {
    @Test("writers on two pools at once: every change appended once, the chain unforked and intact")
    func concurrentWritersNeverForkTheChain() async throws {
        let url = try await PostgresTestServer.freshDatabase()
        let first = try await PostgresRegistry.open(
            url: url, clock: Fixtures.clock, reference: Fixtures.reference, connections: 4)
        let second = try await PostgresRegistry.open(
            url: url, clock: Fixtures.clock, reference: Fixtures.reference, connections: 4)
        defer {
            first.close()
            second.close()
        }
        try await first.officers.addOfficer(id: "wang.li", name: "王力", districtCode: nil, by: nil, reason: "")
        let perPool = 12
        try await withThrowingTaskGroup(of: Void.self) { group in
            for (pool, registry) in [first, second].enumerated() {
                for n in 0..<perPool {
                    group.addTask {
                        try await registry.officers.addOfficer(
                            id: "o\(pool).\(n)", name: "经办人\(n)", districtCode: n % 2 == 0 ? nil : "320612",
                            by: "wang.li", reason: "并发")
                    }
                }
            }
            try await group.waitForAll()
        }
        let entries = try await second.audit.auditEntries(from: 1, limit: 1_000)
        // The reference load (once: the second open found it loaded), the first officer, 24 more.
        #expect(entries.count == 2 + 2 * perPool)
        #expect(entries.map(\.seq) == Array(1...Int64(entries.count)))
        #expect(Set(entries.map(\.prevHash)).count == entries.count)
        #expect(entries.filter { $0.action == "reference.load" }.count == 1)
        #expect(try await first.officers.officers().count == 1 + 2 * perPool)
        #expect(try await first.audit.verifyAuditLog(progress: nil).isIntact)
    }

    @Test("the audit log and its channels refuse UPDATE, DELETE and TRUNCATE")
    func auditLogIsAppendOnly() async throws {
        let registry = try await PostgresTestServer.registry()
        defer { registry.close() }
        #expect(try await registry.audit.auditHeadSeq() == 1)
        for statement in [
            "UPDATE audit_log SET reason = 'edited'", "DELETE FROM audit_log", "TRUNCATE audit_log CASCADE",
        ] {
            await #expect(throws: PostgresStoreError.self) {
                try await registry.read { connection in
                    try await connection.run(PostgresQuery(unsafeSQL: statement))
                }
            }
        }
        do {
            try await registry.read { connection in
                try await connection.run("DELETE FROM audit_log")
            }
            Issue.record("DELETE was not refused")
        } catch let error as PostgresStoreError {
            #expect(error.description.contains("audit_log is append-only"))
        }
        #expect(try await registry.audit.verifyAuditLog(progress: nil).isIntact)
        #expect(try await registry.audit.auditHeadSeq() == 1)
    }

    @Test("an edit behind the program's back is found, named and reported like SQLite's")
    func editedEntryIsFound() async throws {
        let registry = try await PostgresTestServer.registry()
        defer { registry.close() }
        try await registry.officers.addOfficer(id: "wang.li", name: "王力", districtCode: nil, by: nil, reason: "")
        try await registry.officers.addOfficer(
            id: "zhao.min", name: "赵敏", districtCode: "320613", by: "wang.li", reason: "")
        let checkpoint = try await registry.audit.auditCheckpoint()
        #expect(checkpoint.length == 3 && checkpoint.intact)
        #expect(try await registry.audit.auditCheckpointMismatch(length: 3, head: checkpoint.head) == nil)
        #expect(try await registry.audit.auditCheckpointMismatch(length: 4, head: checkpoint.head) != nil)
        // Someone with the database owner's rights disables the trigger and edits entry 2.
        try await registry.read { connection in
            try await connection.run("ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_change")
            try await connection.run("UPDATE audit_log SET reason = 'edited' WHERE seq = 2")
        }
        let verification = try await registry.audit.verifyAuditLog(progress: nil)
        #expect(verification.firstBrokenSeq == 2)
        #expect(verification.kind == .contentEdited)
        #expect(verification.headSeq == 1)
    }

    @Test("queries by record, officer and sequence, and what changed since an instant")
    func queries() async throws {
        let clock = AdvancingClock(StoreContract.noon(StoreContract.day("2026-03-01")))
        let registry = try await PostgresTestServer.registry(clock: clock.registryClock)
        defer { registry.close() }
        try await registry.officers.addOfficer(id: "wang.li", name: "王力", districtCode: nil, by: nil, reason: "")
        let later = clock.advance(by: 60)
        try await registry.officers.addOfficer(
            id: "zhao.min", name: "赵敏", districtCode: "320613", by: "wang.li", reason: "")
        #expect(try await registry.audit.entityIDs(ofType: "officer", changedSince: later) == ["zhao.min"])
        #expect(
            try await registry.audit.entityIDs(ofType: "officer", changedSince: "2026-03-01T00:00:00Z") == [
                "wang.li", "zhao.min",
            ])
        let newest = try await registry.audit.auditEntries(matching: AuditQuery(limit: 2))
        #expect(newest.map(\.seq) == [2, 3])
        #expect(
            try await registry.audit.auditEntries(matching: AuditQuery(officer: "wang.li")).map(\.entityID) == [
                "wang.li", "zhao.min",
            ])
        #expect(
            try await registry.audit.auditEntries(matching: AuditQuery(entityType: "officer", entityID: "zhao.min"))
                .count == 1)
        #expect(try await registry.audit.auditEntries(matching: AuditQuery(fromSeq: 2, limit: 1)).map(\.seq) == [2])
        #expect(try await registry.audit.auditEntries(from: 3, limit: 10).map(\.action) == ["officer.add"])
    }

    @Test("migrations: recorded, applied once, a newer or a foreign database refused")
    func migrations() async throws {
        let url = try await PostgresTestServer.freshDatabase()
        let registry = try await PostgresRegistry.open(url: url, clock: Fixtures.clock, reference: Fixtures.reference)
        defer { registry.close() }
        let applied = try await registry.read { connection in
            try await connection.values("SELECT identifier FROM puhui_migrations ORDER BY identifier", as: String.self)
        }
        #expect(applied == PostgresMigration.embedded.map(\.identifier))
        // Opening again applies and loads nothing.
        let again = try await PostgresRegistry.open(url: url, clock: Fixtures.clock, reference: Fixtures.reference)
        again.close()
        #expect(try await registry.audit.auditHeadSeq() == 1)
        try await registry.read { connection in
            try await connection.run(
                "INSERT INTO puhui_migrations (identifier, applied_at) VALUES ('999_future', '2030-01-01T00:00:00Z')")
        }
        await #expect(
            throws: PostgresStoreError.newerThanProgram(
                location: registry.location.description, unknownMigrations: ["999_future"])
        ) {
            try await PostgresRegistry.open(url: url, reference: nil).close()
        }
        let foreign = try await PostgresTestServer.freshDatabase()
        let other = try await PostgresRegistry.open(url: try await PostgresTestServer.freshDatabase(), reference: nil)
        defer { other.close() }
        let location = try PostgresLocation(url: foreign)
        // Someone else's table in an otherwise empty database.
        let client = PostgresClient(configuration: location.clientConfiguration(connections: 1))
        let lifetime = ClientLifetime(client)
        try await client.query("CREATE TABLE customers (id int)")
        lifetime.end()
        await #expect(throws: PostgresStoreError.notARegistry(location: location.description)) {
            try await PostgresRegistry.open(url: foreign, reference: nil).close()
        }
    }

    @Test("the schema's checks: real days only, money never negative")
    func schemaChecks() async throws {
        let registry = try await PostgresTestServer.registry()
        defer { registry.close() }
        let days = try await registry.read { connection in
            try await connection.rows(
                "SELECT puhui_is_day('2024-02-29'), puhui_is_day('2024-02-30'), puhui_is_day('2024-2-29'), puhui_is_day('2023-13-01')",
                as: (Bool, Bool, Bool, Bool).self
            ).first
        }
        #expect(days.map { [$0.0, $0.1, $0.2, $0.3] } == [true, false, false, false])
        await #expect(throws: PostgresStoreError.self) {
            try await registry.read { connection in
                try await connection.run(
                    """
                    INSERT INTO operator (uscc, name, legal_form, legal_representative, created_at, updated_at)
                    VALUES ('123456789012345678', '', 'enterprise', '张三', 'x', 'x')
                    """)
            }
        }
    }

    @Test("an unreachable server is a clear error, not a hang")
    func unreachableServer() async throws {
        await #expect(throws: PostgresStoreError.self) {
            try await PostgresRegistry.open(url: "postgresql://puhui@127.0.0.1:1/puhui?sslmode=disable").close()
        }
    }
}

/// The signed head on PostgreSQL: once a signing key is recorded, every write signs the head,
/// a writer without the key is refused, and the check names what the signature does not cover.
@Suite(
    "PostgreSQL store: signed audit head", .enabled(if: PostgresTestServer.isAvailable, PostgresTestServer.skipReason))
struct PostgresSignedHeadTests {
    @Test func signedHeadCoversTheChain() async throws {
        var registry = try await PostgresTestServer.registry()
        defer { registry.close() }
        let key = Curve25519.Signing.PrivateKey()
        let publicKey = key.publicKey.rawRepresentation
        #expect(try await registry.audit.checkSignedHead(publicKey: publicKey) == .unsigned)
        // What `badge key init` records (the badge store writes it on SQLite).
        let fingerprint = BadgeSigningKey.fingerprint(of: key.publicKey)
        try await registry.read { connection in
            try await PostgresRegistry.setMeta(connection, SQLiteBadgeStore.badgeKeyMetaKey, fingerprint)
        }
        #expect(try await registry.audit.checkSignedHead(publicKey: nil) == .noKeyToCheck(fingerprint: fingerprint))
        #expect(try await registry.audit.checkSignedHead(publicKey: publicKey).isTampered)
        try await registry.audit.signAuditHead(with: AuditHeadSigner(privateKey: key))
        #expect(try await registry.audit.checkSignedHead(publicKey: publicKey) == .signed(length: 1))
        await #expect(throws: RegistryError.signingKeyRequired(fingerprint: fingerprint)) {
            try await registry.officers.addOfficer(id: "wang.li", name: "王力", districtCode: nil, by: nil, reason: "")
        }
        registry.auditSigner = AuditHeadSigner(privateKey: key)
        try await registry.officers.addOfficer(id: "wang.li", name: "王力", districtCode: nil, by: nil, reason: "")
        #expect(try await registry.audit.checkSignedHead(publicKey: publicKey) == .signed(length: 2))
        let other = Curve25519.Signing.PrivateKey().publicKey.rawRepresentation
        #expect(try await registry.audit.checkSignedHead(publicKey: other).isTampered)
    }
}
