import Foundation
import GRDB
import Testing

@testable import Registry

@Suite("Database, migrations, reference data")
struct DatabaseTests {
    func temporaryPath(_ name: String = "registry.sqlite") -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "puhui-tests-\(UUID().uuidString)")
        return directory.appendingPathComponent("nested/\(name)").path
    }

    @Test func opensAFileInAMissingDirectoryWithWALAndForeignKeys() throws {
        let path = temporaryPath()
        let db = try RegistryDatabase.open(path: path, clock: Fixtures.clock, reference: Fixtures.reference)
        #expect(FileManager.default.fileExists(atPath: path))
        let (journal, foreignKeys) = try db.read { db in
            (try String.fetchOne(db, sql: "PRAGMA journal_mode"), try Int.fetchOne(db, sql: "PRAGMA foreign_keys"))
        }
        #expect(journal == "wal")
        #expect(foreignKeys == 1)
        #expect(try db.outlets.counts().divisions == 4)
        // Reopening keeps everything and adds nothing.
        let again = try RegistryDatabase.open(path: path, clock: Fixtures.clock, reference: Fixtures.reference)
        #expect(try again.outlets.counts() == db.outlets.counts())
    }

    @Test func referenceDataLoadsOnceAndBoundsAreKept() throws {
        let db = try Fixtures.database()
        let counts = try db.outlets.counts()
        #expect(counts.divisions == 4 && counts.subdistricts == 3 && counts.auditEntries == 1)
        try db.loadReference(Fixtures.reference)
        #expect(try db.outlets.counts() == counts)
        #expect(try db.outlets.cityBounds() == CityBounds(minLat: 31.60, maxLat: 32.75, minLon: 120.20, maxLon: 121.95))
        #expect(try db.outlets.divisionAliases()["320611"] == "320613")
        #expect(try db.outlets.divisions().first?.level == .city)
        #expect(try db.outlets.subdistricts().contains { $0.name == "狼山镇" && $0.kind == .town })
        // Changed reference data is reloaded (upserted) once, with one more audit entry.
        var changed = Fixtures.reference
        changed.subdistricts += "320685,海安镇,town,32.5300,120.4700\n"
        try db.loadReference(changed)
        #expect(try db.outlets.counts().subdistricts == 4)
        #expect(try db.outlets.counts().auditEntries == 2)
    }

    @Test func notASQLiteFile() throws {
        let path = temporaryPath("notes.txt")
        try FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(String(repeating: "this is not a database\n", count: 200).utf8).write(to: URL(fileURLWithPath: path))
        #expect {
            try RegistryDatabase.open(path: path, reference: Fixtures.reference)
        } throws: { error in
            (error as? RegistryError) == .notARegistryFile(path: path, problem: .notSQLite)
        }
    }

    @Test func someOtherSQLiteDatabase() throws {
        let path = temporaryPath("other.sqlite")
        try FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        let other = try DatabaseQueue(path: path)
        try other.write { try $0.execute(sql: "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)") }
        try other.close()
        #expect {
            try RegistryDatabase.open(path: path, reference: Fixtures.reference)
        } throws: { error in
            error as? RegistryError == .notARegistryFile(path: path, problem: .foreignDatabase)
        }
    }

    @Test func olderRegistryIsUpgradedWithoutLoss() throws {
        let path = temporaryPath()
        let all = Migration.embedded
        #expect(all.first?.identifier == "001_registry")
        let old = try RegistryDatabase.open(
            path: path, clock: Fixtures.clock, migrations: [all[0]], reference: Fixtures.reference)
        _ = try old.imports.importCSV(
            .operators, bytes: Array(Fixtures.operatorsCSV.utf8), fileName: "operators.csv",
            options: .init(officer: "t"))
        let before = try old.exports.exportText(.operators, format: .csv)
        // A later migration (as a future Schema/00N file would be).
        let later = Migration(identifier: "999_test_note", sql: "ALTER TABLE operator ADD COLUMN note TEXT;")
        let upgraded = try RegistryDatabase.open(
            path: path, clock: Fixtures.clock, migrations: all + [later], reference: Fixtures.reference)
        #expect(try upgraded.exports.exportText(.operators, format: .csv) == before)
        let applied = try upgraded.read { db in try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations") }
        #expect(applied.contains("999_test_note"))
        #expect(try upgraded.audit.verifyAuditLog().isIntact)
        // The older program refuses the newer registry by name.
        #expect(throws: RegistryError.registryNewerThanProgram(path: path, unknownMigrations: ["999_test_note"])) {
            try RegistryDatabase.open(path: path, migrations: all, reference: Fixtures.reference)
        }
    }

    @Test func embeddedMigrationsApplyInMemory() throws {
        let db = try RegistryDatabase.inMemory(reference: nil)
        let tables = try db.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        }
        #expect(tables.contains("outlet") && tables.contains("audit_log") && tables.contains("outlet_geo"))
    }

    @Test func metaAndSampleFlag() throws {
        let db = try Fixtures.database()
        #expect(try db.outlets.holdsSyntheticSample() == false)
        let files: [(RegistryTable, String, [UInt8])] = [
            (.operators, "operators.csv", Array(Fixtures.operatorsCSV.utf8)),
            (.outlets, "outlets.csv", Array(Fixtures.outletsCSV.utf8)),
            (.prices, "prices.csv", Array(Fixtures.pricesCSV.utf8)),
        ]
        let summaries = try db.loadSample(files: files)
        #expect(summaries.map(\.inserted) == [3, 3, 5])
        #expect(try db.outlets.holdsSyntheticSample())
        #expect(
            try db.audit.auditEntries(from: 1, limit: 1000).filter { $0.action == "import.insert" }.allSatisfy {
                $0.officer == "puhui-init"
            })
        // initialise(sample:) does nothing more once the sample is there.
        #expect(try db.initialise(sample: true).isEmpty)
    }
}
