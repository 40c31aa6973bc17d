import Foundation
import GRDB
import PostgresNIO
import Registry
import Testing

@testable import RegistryPostgres

/// A whole SQLite registry copied into PostgreSQL: every record and the audit chain as it is,
/// hashes included; the chain verifies there, and the PostgreSQL store's writes go on from it.
@Suite(
    "PostgreSQL store: copy from SQLite", .enabled(if: PostgresTestServer.isAvailable, PostgresTestServer.skipReason))
struct PostgresCopyTests {
    /// The contract's fixture registry on SQLite, taken through recognition to a badge, a breach
    /// (blacklisting, suspension), a review and a change through the service.
    static func richSQLiteRegistry() async throws -> RegistryDatabase {
        let clock = AdvancingClock(StoreContract.noon(StoreContract.day("2026-03-01")))
        var sqlite = try RegistryDatabase.inMemory(clock: clock.registryClock, reference: Fixtures.reference)
        let store: any RegistryStore = sqlite
        let options = ImportOptions(officer: "测试员", reason: "fixture")
        for (table, name, text) in [
            (RegistryTable.operators, "operators.csv", Fixtures.operatorsCSV),
            (.outlets, "outlets.csv", Fixtures.outletsCSV), (.prices, "prices.csv", Fixtures.pricesCSV),
        ] {
            _ = try await store.imports.importCSV(table, bytes: Array(text.utf8), fileName: name, options: options)
        }
        _ = try await store.officers.addOfficer(id: "wang.li", name: "王力", districtCode: nil, by: nil, reason: "")
        _ = try await store.officers.addOfficer(
            id: "zhao.min", name: "赵敏", districtCode: "320612", by: "wang.li", reason: "")
        let rules = try StoreContract.ruleSet()
        let calendar = try WorkingDayCalendar.embedded()
        clock.advance(by: 60)
        _ = try await store.recognition.applyForRecognition(
            outletID: "NT-0003", level: .municipal, on: StoreContract.day("2026-02-10"), officer: "wang.li",
            reason: "窗口受理", basis: "")
        let review = try await store.recognition.reviewRecognition(
            outletID: "NT-0003", runID: nil, ruleSet: rules, on: StoreContract.day("2026-02-11"), officer: "wang.li",
            reason: "", basis: "")
        let notice = try await store.recognition.publishNotice(
            outletID: "NT-0003", on: StoreContract.day("2026-02-12"), override: review.eligible == true ? nil : "放行",
            ruleSet: rules, calendar: calendar, officer: "wang.li", reason: "", basis: "")
        _ = try await store.recognition.decideRecognition(
            outletID: "NT-0003", approve: true, on: try #require(notice.earliestDecision), ruleSet: rules,
            officer: "wang.li", reason: "", basis: "")
        clock.advance(by: 60)
        _ = try await store.credit.recordBreach(
            outletID: "NT-0002", category: .fireHazard, evidence: "消防检查记录 2026-02-20",
            on: StoreContract.day("2026-02-20"), ruleSet: rules, templates: try PledgeTemplates.embedded(),
            officer: "wang.li", reason: "检查")
        _ = try await store.reviews.addReview(
            outletID: "NT-0001", score: 2, on: StoreContract.day("2026-02-27"), text: "饭菜偏凉", ruleSet: rules,
            calendar: calendar, officer: "wang.li", reason: "12345 热线")
        let (token, _) = try sqlite.officers.issueOfficerToken(
            officerID: "wang.li", days: 30, by: "wang.li", reason: "")
        sqlite.auditChannel = .api(tokenID: token.id)
        try sqlite.officers.addOfficer(id: "qian.yi", name: "钱一", districtCode: "320613", by: "wang.li", reason: "接口")
        return sqlite
    }

    @Test("every table and the audit chain arrive as they are; the chain verifies; writes go on from its head")
    func copyWholeRegistry() async throws {
        let sqlite = try await Self.richSQLiteRegistry()
        let url = try await PostgresTestServer.freshDatabase()
        let postgres = try await PostgresRegistry.open(url: url, clock: Fixtures.clock, reference: nil)
        defer { postgres.close() }
        let summary = try await postgres.copy(from: sqlite)
        let sourceChain = try sqlite.audit.auditEntries(from: 1, limit: 10_000)
        #expect(summary.auditEntries == sourceChain.count)
        for table in [
            "operator", "outlet", "price", "certification", "certification_event", "badge", "officer",
            "officer_token", "audit_channel", "verification_run", "credit_breach", "credit_blacklisting",
            "review", "division", "subdistrict", "registry_meta",
        ] {
            let expected = try sqlite.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)") ?? 0 }
            #expect(summary.rows[table] == expected, "\(table)")
            #expect(expected > 0, "the fixture should fill \(table)")
        }
        let copiedChain = try await postgres.audit.auditEntries(from: 1, limit: 10_000)
        #expect(copiedChain == sourceChain)
        #expect(copiedChain.contains { $0.channel != nil })
        #expect(try await postgres.audit.verifyAuditLog(progress: nil) == (try sqlite.audit.verifyAuditLog()))
        #expect(try await postgres.officers.officers() == (try sqlite.officers.officers()))
        #expect(try await postgres.meta("reference_sha256") == (try sqlite.outlets.meta("reference_sha256")))
        // The PostgreSQL store's writes go on from the copied head, and its keys after the copied ones.
        try await postgres.officers.addOfficer(id: "sun.li", name: "孙丽", districtCode: nil, by: "wang.li", reason: "")
        let last = try #require(try await postgres.audit.auditEntries(from: 1, limit: 10_000).last)
        #expect(last.seq == Int64(sourceChain.count + 1) && last.prevHash == sourceChain.last?.hash)
        #expect(try await postgres.audit.verifyAuditLog(progress: nil).isIntact)
        let nextEventID = try await postgres.read { connection in
            try await connection.value(
                """
                INSERT INTO certification_event (certification_id, outlet_rid, action, to_status, on_date, officer, recorded_at)
                SELECT id, outlet_rid, 'suspend', 'suspended', '2026-03-01', 'test', 'test' FROM certification LIMIT 1
                RETURNING id
                """, as: Int64.self)
        }
        #expect(nextEventID == Int64((summary.rows["certification_event"] ?? 0) + 1))
        // Reopening with the same reference data adds nothing: the copied hash is recognised.
        let reopened = try await PostgresRegistry.open(url: url, clock: Fixtures.clock, reference: Fixtures.reference)
        reopened.close()
        #expect(try await postgres.audit.auditHeadSeq() == Int64(sourceChain.count + 1))
        // A second copy into a registry that holds rows is refused.
        await #expect(
            throws: PostgresStoreError.copyTargetNotEmpty(location: postgres.location.description, table: "audit_log")
        ) {
            try await postgres.copy(from: sqlite)
        }
        // A source with a table this store lacks (a newer SQLite migration) is refused, not half copied.
        try await sqlite.writer.write { db in try db.execute(sql: "CREATE TABLE future_table (x INTEGER)") }
        let empty = try await PostgresRegistry.open(
            url: try await PostgresTestServer.freshDatabase(), clock: Fixtures.clock, reference: nil)
        defer { empty.close() }
        await #expect(throws: PostgresStoreError.copySchemaMismatch(table: "future_table", column: nil)) {
            try await empty.copy(from: sqlite)
        }
        #expect(try await empty.audit.auditHeadSeq() == 0)
    }
}

/// The outlets store on PostgreSQL, on a copy of the fixture registry: every answer equals
/// SQLite's for the same data.
@Suite("PostgreSQL store: outlets", .enabled(if: PostgresTestServer.isAvailable, PostgresTestServer.skipReason))
struct PostgresOutletStoreTests {
    @Test("records, operators, reference data and counts read as SQLite reads them")
    func sameAnswersAsSQLite() async throws {
        let sqlite = try await PostgresCopyTests.richSQLiteRegistry()
        let postgres = try await PostgresRegistry.open(
            url: try await PostgresTestServer.freshDatabase(), clock: Fixtures.clock, reference: nil)
        defer { postgres.close() }
        _ = try await postgres.copy(from: sqlite)
        let outletIDs = try sqlite.read { db in try String.fetchAll(db, sql: "SELECT id FROM outlet ORDER BY id") }
        #expect(outletIDs.count >= 3)
        for id in outletIDs + ["NT-9999"] {
            let expected = try sqlite.outlets.outletRecord(id: id)
            let got = try await postgres.outlets.outletRecord(id: id)
            #expect(got == expected, "\(id)")
        }
        #expect(try await postgres.outlets.outletRecord(id: "NT-0001")?.prices.isEmpty == false)
        #expect(try await postgres.outlets.outletRecord(id: "NT-0003")?.certification?.status == .certified)
        for uscc in [Fixtures.usccB, "000000000000000000"] {
            #expect(
                try await postgres.outlets.operatorRecord(uscc: uscc) == (try sqlite.outlets.operatorRecord(uscc: uscc))
            )
        }
        #expect(try await postgres.outlets.cityBounds() == (try sqlite.outlets.cityBounds()))
        #expect(try await postgres.outlets.cityBounds() != nil)
        #expect(try await postgres.outlets.divisions() == (try sqlite.outlets.divisions()))
        #expect(try await postgres.outlets.subdistricts() == (try sqlite.outlets.subdistricts()))
        #expect(try await postgres.outlets.divisionAliases() == (try sqlite.outlets.divisionAliases()))
        #expect(try await postgres.outlets.holdsSyntheticSample() == (try sqlite.outlets.holdsSyntheticSample()))
        #expect(try await postgres.outlets.counts() == (try sqlite.outlets.counts()))
        #expect(try await postgres.outlets.operatorNames() == (try sqlite.outlets.operatorNames()))
    }
}
