import GRDB

/// The outlets store on SQLite: `OutletStore` over the registry's connection — outlets and
/// operators as recorded, the reference data, the registry's own facts.
public struct SQLiteOutletStore: OutletStore {
    /// The connection, with its write transaction (officer check, audit log).
    let database: RegistryDatabase

    /// The whole record of one outlet (outlet, operator, classes, prices, current recognition),
    /// or nil if no outlet has this id.
    public func outletRecord(id: String) throws -> OutletRecord? {
        try database.read { db in
            guard let row = try OutletTableRecord.filter(id: id).fetchOne(db), let rid = row.rid else { return nil }
            let outlet = try row.outlet()
            guard let operatorRecord = try Operator.fetch(db, uscc: outlet.operatorUSCC) else {
                throw RegistryError.database("outlet \(id) names operator \(outlet.operatorUSCC), which is missing")
            }
            let prices = try PriceRecord.withOutletID(
                where: "p.outlet_rid = \(rid)", orderedBy: "p.item, p.care_level, p.age_class, p.unit, p.effective_from"
            ).fetchAll(db).map { try $0.price() }
            return OutletRecord(
                outlet: outlet, operator: operatorRecord, classes: try ChildcareClass.fetchAll(db, outletRID: rid),
                prices: prices, certification: try Certification.fetchCurrent(db, outletRID: rid))
        }
    }

    /// One operator, or nil.
    public func operatorRecord(uscc: String) throws -> Operator? {
        try database.read { db in try Operator.fetch(db, uscc: uscc) }
    }

    /// The city's bounding box, if reference data is loaded.
    public func cityBounds() throws -> CityBounds? {
        try database.read { db in try RegistryDatabase.cityBounds(db) }
    }

    /// Every division, the city first, then counties by code.
    public func divisions() throws -> [Division] {
        try database.read { db in
            try DivisionRecord.order(
                DivisionRecord.Columns.level == DivisionLevel.county.rawValue, DivisionRecord.Columns.code
            )
            .fetchAll(db).map { try $0.division() }
        }
    }

    /// Every 街道/镇, by district code then name.
    public func subdistricts() throws -> [Subdistrict] {
        try database.read { db in
            try SubdistrictRecord.order(SubdistrictRecord.Columns.districtCode, SubdistrictRecord.Columns.name)
                .fetchAll(db).map { try $0.subdistrict() }
        }
    }

    /// Retired division codes and the codes that replaced them.
    public func divisionAliases() throws -> [String: String] {
        try database.read { db in
            var aliases: [String: String] = [:]
            for alias in try DivisionAliasRecord.fetchAll(db) {
                aliases[alias.oldCode] = alias.newCode
            }
            return aliases
        }
    }
    /// A value of `registry_meta`.
    public func meta(_ key: String) throws -> String? {
        try database.read { db in try RegistryMetaRecord.value(db, key) }
    }

    /// Whether this registry holds the synthetic sample data (`registry_meta` `sample` = `synthetic`).
    public func holdsSyntheticSample() throws -> Bool {
        try meta("sample") == "synthetic"
    }

    /// How many rows each main table holds.
    public func counts() throws -> RegistryCounts {
        try database.read { db in
            RegistryCounts(
                operators: try OperatorRecord.fetchCount(db), outlets: try OutletTableRecord.fetchCount(db),
                classes: try ChildcareClassRecord.fetchCount(db), prices: try PriceRecord.fetchCount(db),
                certifications: try CertificationRecord.fetchCount(db),
                auditEntries: try Int.fetchOne(db, SQLRequest(literal: "SELECT count(*) FROM audit_log")) ?? 0,
                divisions: try DivisionRecord.fetchCount(db), subdistricts: try SubdistrictRecord.fetchCount(db))
        }
    }

    /// Operators' names by credit code.
    public func operatorNames() throws -> [String: String] {
        try database.read { db in
            var out: [String: String] = [:]
            let rows = try Row.fetchCursor(
                db, OperatorRecord.select(OperatorRecord.Columns.uscc, OperatorRecord.Columns.name))
            while let row = try rows.next() { out[row[OperatorRecord.Columns.uscc]] = row[OperatorRecord.Columns.name] }
            return out
        }
    }
}
