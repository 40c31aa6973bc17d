import Foundation
import GRDB
import Testing

@testable import Registry

/// The recognition side of the CSV import: imported events and badges, recorded recognitions
/// not changed by a file, and the automatic suspension on closure or a cancelled filing.
@Suite("Recognition import")
struct RecognitionImportTests {
    typealias F = RecognitionFixtures

    /// The fixture's outlets file with each (text, replacement) applied; each text must occur.
    static func outlets(_ edits: [(String, String)]) -> String {
        var text = Fixtures.outletsCSV
        for (old, new) in edits {
            #expect(text.contains(old))
            text = text.replacingOccurrences(of: old, with: new)
        }
        return text
    }

    @Test func importedRecognitionsHaveTheirHistoryAndBadge() throws {
        let db = try F.database()
        let history = try db.recognition.recognitionHistory(outletID: "NT-0001")
        #expect(history.map(\.action) == [.imported])
        #expect(history.first?.toStatus == .certified)
        #expect(history.first?.on == F.day("2024-03-01"))
        let badges = try db.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM badge") }
        #expect(badges == 2)
    }

    @Test func anUnchangedFileImportsAgainAndAChangedRecognitionIsRefused() throws {
        let db = try F.database()
        let options = ImportOptions(officer: "wang.li", update: true)
        _ = try db.imports.importCSV(
            .outlets, bytes: Array(Fixtures.outletsCSV.utf8), fileName: "outlets.csv", options: options)
        #expect(try db.recognition.recognitionHistory(outletID: "NT-0001").count == 1)
        let before = try F.snapshot(db)
        let changed = Self.outlets([(",provincial,certified,", ",municipal,certified,")])
        do {
            _ = try db.imports.importCSV(
                .outlets, bytes: Array(changed.utf8), fileName: "outlets.csv", options: options)
            Issue.record("a changed recognition was imported")
        } catch RegistryError.importRejected(_, let problems) {
            #expect(problems.count == 1)
            #expect(problems.first?.column == "cert_status")
            #expect(problems.first?.reason.contains("puhui certify") == true)
        }
        #expect(try F.snapshot(db) == before)
    }

    @Test func closingAnOutletOrCancellingItsFilingSuspendsItsRecognition() throws {
        let db = try F.database()
        let closed = Self.outlets([
            (",operating,120,", ",closed,120,"), ("托备002,2021-08-01,,", "托备002,2021-08-01,2026-02-20,"),
        ])
        _ = try db.imports.importCSV(
            .outlets, bytes: Array(closed.utf8), fileName: "outlets.csv",
            options: ImportOptions(officer: "wang.li", reason: "年报核查", update: true))
        for (outlet, badge) in [("NT-0001", Fixtures.badgeElder), ("NT-0002", Fixtures.badgeChild)] {
            let last = try #require(try db.recognition.recognitionHistory(outletID: outlet).last)
            #expect(last.action == .suspend)
            #expect(last.officer == "wang.li")
            #expect(last.on == F.day("2026-03-01"))
            #expect(last.details?.contains("automatic") == true)
            guard case .found(let found) = try db.badges.lookUpBadge(badge, asOf: F.day("2026-03-01")) else {
                Issue.record("badge \(badge) not found")
                continue
            }
            #expect(found.status == .suspended)
        }
        let audited = try db.audit.auditEntries(matching: AuditQuery(entityType: "certification")).map(\.action)
        #expect(audited == ["certification.suspend", "certification.suspend"])
        #expect(try db.audit.verifyAuditLog().isIntact)
    }

    @Test func theMigrationGivesExistingRecognitionsTheirHistory() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("puhui-mig-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("registry.sqlite").path
        let older = Migration.embedded.filter { $0.identifier < "005" }
        do {
            // A registry as schema 004 left it: an outlet with a certified recognition.
            let db = try RegistryDatabase.open(
                path: path, clock: Fixtures.clock, migrations: older, reference: Fixtures.reference)
            _ = try db.imports.importCSV(
                .operators, bytes: Array(Fixtures.operatorsCSV.utf8), fileName: "operators.csv",
                options: ImportOptions(officer: "测试员"))
            try db.writer.write { db in
                try db.execute(
                    sql: """
                        INSERT INTO outlet (id, operator_uscc, name, kind, pricing, district_code, address, lat, lon, created_at, updated_at)
                        VALUES ('NT-0002', ?, '幸福托育中心', 'childcare_institution', 'inclusive', '320613', '崇川区幸福路2号', 32.02, 120.88,
                                '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z')
                        """, arguments: [Fixtures.usccB])
                try db.execute(
                    sql: """
                        INSERT INTO certification (outlet_rid, level, status, badge_no, applied_on, decided_on, valid_from, valid_to, status_on)
                        VALUES (?, 'municipal', 'certified', ?, '2025-01-05', '2025-02-01', '2025-02-01', '2028-01-31', '2025-02-01')
                        """, arguments: [db.lastInsertedRowID, Fixtures.badgeChild])
            }
        }
        let db = try RegistryDatabase.open(path: path, clock: Fixtures.clock, reference: Fixtures.reference)
        #expect(try db.recognition.recognitionHistory(outletID: "NT-0002").map(\.action) == [.imported])
        #expect(try db.badges.lookUpBadge(Fixtures.badgeChild, asOf: F.day("2026-03-01")) != .notFound)
        #expect(try db.recognition.recognitions(status: .certified, asOf: F.day("2026-03-01")).count == 1)
    }
}
