import GRDB

extension ImportedOutlet {
    /// An outlet as its CSV row holds it (for the audit log's "before").
    static func fetch(_ db: Database, rid: Int64) throws -> ImportedOutlet? {
        guard let row = try Row.fetchOne(db, sql: "SELECT \(Outlet.selection) FROM outlet o WHERE o.rid = ?", arguments: [rid])
        else { return nil }
        return ImportedOutlet(
            outlet: try Outlet(row: row), classes: try ChildcareClass.fetchAll(db, outletRID: rid),
            certification: try Certification.fetchCurrent(db, outletRID: rid))
    }
}
