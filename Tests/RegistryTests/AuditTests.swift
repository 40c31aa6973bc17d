import Crypto
import Foundation
import GRDB
import Testing

@testable import Registry

@Suite("Audit log")
struct AuditTests {
    @Test func chainVerifiesAndEntriesAreComplete() throws {
        let db = try Fixtures.populated()
        let verification = try db.audit.verifyAuditLog()
        #expect(verification.isIntact)
        let entries = try db.audit.auditEntries(from: 1, limit: 100)
        // reference, 3 operators + file, 3 outlets + file, 5 prices + file
        #expect(entries.count == 1 + 4 + 4 + 6)
        #expect(verification.entries == entries.count)
        #expect(entries.first?.prevHash == AuditEntry.genesisHash)
        #expect(entries.map(\.seq) == Array(1...Int64(entries.count)))
        for (previous, entry) in zip(entries, entries.dropFirst()) {
            #expect(entry.prevHash == previous.hash)
        }
        #expect(entries.allSatisfy { $0.at == "2026-03-01T08:00:00Z" })
        let file = try #require(entries.first { $0.action == "import.file" && $0.entityID == "outlets.csv" })
        #expect(file.officer == "测试员")
        #expect(file.reason == "fixture")
        #expect(file.afterJSON?.contains("\"rows\":3") == true)
        let outlet = try #require(entries.first { $0.action == "import.insert" && $0.entityID == "NT-0002" })
        #expect(outlet.beforeJSON == nil)
        #expect(outlet.afterJSON?.contains("\"classes\":[{\"capacity\":10") == true)
    }

    @Test func hashIsDocumentedFormula() throws {
        let entry = try #require(try Fixtures.database().audit.auditEntries().first)
        var json = CanonicalJSON()
        json.write(
            .array([
                .int(entry.seq), .string(entry.at), .string(entry.officer), .string(entry.action),
                .string(entry.entityType),
                .string(entry.entityID), entry.beforeJSON.map(JSONValue.string) ?? .null,
                entry.afterJSON.map(JSONValue.string) ?? .null, .string(entry.reason),
            ]))
        let input = String(repeating: "0", count: 64) + "\n" + json.text
        #expect(entry.hash == sha256Hex(input))
        #expect(entry.hash.count == 64)
    }

    @Test func appendOnlyTriggersRefuseEdits() throws {
        let db = try Fixtures.populated()
        #expect(throws: (any Error).self) {
            try db.writer.write { try $0.execute(sql: "UPDATE audit_log SET officer = 'x' WHERE seq = 2") }
        }
        #expect(throws: (any Error).self) {
            try db.writer.write { try $0.execute(sql: "DELETE FROM audit_log WHERE seq = 2") }
        }
    }

    @Test func tamperedEntryIsNamed() throws {
        let db = try Fixtures.populated()
        try db.writer.write { db in
            try db.execute(sql: "DROP TRIGGER audit_log_no_update")
            try db.execute(sql: "UPDATE audit_log SET after_json = replace(after_json, '1850', '1') WHERE seq = 10")
        }
        let verification = try db.audit.verifyAuditLog()
        #expect(verification.firstBrokenSeq == 10)
        #expect(verification.reason?.contains("does not match its hash") == true)
    }

    @Test func deletedEntryIsNamed() throws {
        let db = try Fixtures.populated()
        try db.writer.write { db in
            try db.execute(sql: "DROP TRIGGER audit_log_no_delete")
            try db.execute(sql: "DELETE FROM audit_log WHERE seq = 5")
        }
        let verification = try db.audit.verifyAuditLog()
        #expect(verification.firstBrokenSeq == 6)
    }

    @Test func officerIsRequired() throws {
        let db = try Fixtures.database()
        #expect(throws: RegistryError.officerRequired) {
            try db.imports.importCSV(
                .operators, bytes: Array(Fixtures.operatorsCSV.utf8), fileName: "o.csv", options: .init(officer: "  "))
        }
    }

    func sha256Hex(_ text: String) -> String {
        SHA256.hash(data: Array(text.utf8)).map { String(format: "%02x", $0) }.joined()
    }
}
