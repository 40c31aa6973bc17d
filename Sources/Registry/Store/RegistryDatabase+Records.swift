import GRDB

extension RegistryDatabase {
    /// The whole record of one outlet (outlet, operator, classes, prices, current recognition),
    /// or nil if no outlet has this id.
    public func outletRecord(id: String) throws -> OutletRecord? {
        try read { db in
            guard
                let row = try Row.fetchOne(
                    db, sql: "SELECT o.rid, \(Outlet.selection) FROM outlet o WHERE o.id = ?", arguments: [id])
            else { return nil }
            let rid: Int64 = row[0]
            let outlet = try Outlet(row: row, offset: 1)
            guard let operatorRecord = try Operator.fetch(db, uscc: outlet.operatorUSCC) else {
                throw RegistryError.database("outlet \(id) names operator \(outlet.operatorUSCC), which is missing")
            }
            let prices = try Row.fetchAll(
                db,
                sql: """
                    SELECT \(Price.selection) FROM price p JOIN outlet o ON o.rid = p.outlet_rid WHERE p.outlet_rid = ?
                    ORDER BY p.item, p.care_level, p.age_class, p.unit, p.effective_from
                    """, arguments: [rid]
            ).map(Price.init(row:))
            return OutletRecord(
                outlet: outlet, operator: operatorRecord, classes: try ChildcareClass.fetchAll(db, outletRID: rid),
                prices: prices, certification: try Certification.fetchCurrent(db, outletRID: rid))
        }
    }

    /// One operator, or nil.
    public func operatorRecord(uscc: String) throws -> Operator? {
        try read { db in try Operator.fetch(db, uscc: uscc) }
    }

    /// An outlet as its CSV row holds it (for the audit log's "before").
    static func importedOutlet(_ db: Database, rid: Int64) throws -> ImportedOutlet? {
        guard let row = try Row.fetchOne(db, sql: "SELECT \(Outlet.selection) FROM outlet o WHERE o.rid = ?", arguments: [rid])
        else { return nil }
        return ImportedOutlet(
            outlet: try Outlet(row: row), classes: try ChildcareClass.fetchAll(db, outletRID: rid),
            certification: try Certification.fetchCurrent(db, outletRID: rid))
    }
}
