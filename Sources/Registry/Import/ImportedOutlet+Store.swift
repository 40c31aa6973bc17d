import GRDB

extension ImportedOutlet {
    /// An outlet as its CSV row holds it (for the audit log's "before").
    static func fetch(_ db: Database, rid: Int64) throws -> ImportedOutlet? {
        guard let row = try OutletTableRecord.fetchOne(db, key: rid) else { return nil }
        return ImportedOutlet(
            outlet: try row.outlet(), classes: try ChildcareClass.fetchAll(db, outletRID: rid),
            certification: try Certification.fetchCurrent(db, outletRID: rid))
    }
}
