import GRDB
import Testing

@testable import Registry

/// A value no puhui writes, edited into the file by hand (with the schema's CHECKs switched
/// off), is reported with its column's name when the table's record turns it into the domain
/// type — never a crash, never silently read as something else.
@Suite("Stored records report hand-edited values by column")
struct StoredRecordTests {
    /// Runs `sql` with CHECK constraints ignored (as a hand edit could).
    func handEdit(_ db: RegistryDatabase, _ sql: SQL) throws {
        try db.writer.writeWithoutTransaction { db in
            try db.execute(literal: "PRAGMA ignore_check_constraints = ON")
            defer { try? db.execute(literal: "PRAGMA ignore_check_constraints = OFF") }
            try db.execute(literal: sql)
        }
    }

    func message(_ body: () throws -> Void) -> String? {
        do {
            try body()
            return nil
        } catch RegistryError.database(let text) {
            return text
        } catch {
            return "\(error)"
        }
    }

    @Test func outletColumns() throws {
        let db = try Fixtures.populated()
        #expect(try db.outlets.outletRecord(id: "NT-0001") != nil)
        try handEdit(db, "UPDATE outlet SET opened_on = '2024-02-30' WHERE id = 'NT-0001'")
        let text = message { _ = try db.outlets.outletRecord(id: "NT-0001") }
        #expect(text == #"column opened_on holds an impossible date "2024-02-30""#)
        try handEdit(db, "UPDATE outlet SET opened_on = NULL, pricing = 'free' WHERE id = 'NT-0001'")
        #expect(
            message { _ = try db.outlets.outletRecord(id: "NT-0001") }?.hasPrefix("column pricing holds an unknown")
                == true)
        #expect(
            message { _ = try db.exports.exportText(.outlets, format: .csv) }?.hasPrefix(
                "column pricing holds an unknown") == true)
    }

    @Test func operatorPriceAndClassColumns() throws {
        let db = try Fixtures.populated()
        let uscc = try #require(try db.outlets.outletRecord(id: "NT-0001")?.outlet.operatorUSCC)
        try handEdit(db, "UPDATE operator SET legal_form = 'guild' WHERE uscc = \(uscc)")
        #expect(
            message { _ = try db.outlets.operatorRecord(uscc: uscc) }?.hasPrefix("column legal_form holds an unknown")
                == true)

        let other = try Fixtures.populated()
        try handEdit(
            other, "UPDATE price SET unit = 'week' WHERE outlet_rid = (SELECT rid FROM outlet WHERE id = 'NT-0002')")
        #expect(
            message { _ = try other.outlets.outletRecord(id: "NT-0002") }?.hasPrefix("column unit holds an unknown")
                == true)
        #expect(
            message { _ = try other.exports.exportText(.prices, format: .csv) }?.hasPrefix(
                "column unit holds an unknown") == true)

        let third = try Fixtures.populated()
        try handEdit(third, "UPDATE childcare_class SET class_type = 'baby'")
        #expect(
            message { _ = try third.outlets.outletRecord(id: "NT-0002") }?.hasPrefix(
                "column class_type holds an unknown") == true)
    }

    @Test func referenceColumns() throws {
        let db = try Fixtures.database()
        try handEdit(db, "UPDATE subdistrict SET kind = 'village' WHERE name = '狼山镇'")
        #expect(message { _ = try db.outlets.subdistricts() }?.hasPrefix("column kind holds an unknown") == true)
        try handEdit(db, "UPDATE division SET level = 'province' WHERE level = 'city'")
        #expect(message { _ = try db.outlets.divisions() }?.hasPrefix("column level holds an unknown") == true)
    }
}
