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
        try database.read { db in try Operator.fetch(db, uscc: uscc) }
    }

    /// The city's bounding box, if reference data is loaded.
    public func cityBounds() throws -> CityBounds? {
        try database.read { db in try RegistryDatabase.cityBounds(db) }
    }

    /// Every division, the city first, then counties by code.
    public func divisions() throws -> [Division] {
        try database.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT code, name, name_en, level, parent_code, population, population_source, centre_lat, centre_lon
                    FROM division ORDER BY level = 'county', code
                    """
            ).map { row in
                Division(
                    code: row[0], name: row[1], nameEN: row[2], level: DivisionLevel(rawValue: row[3]) ?? .county,
                    parentCode: row[4], population: row[5], populationSource: row[6], centreLat: row[7],
                    centreLon: row[8])
            }
        }
    }

    /// Every 街道/镇, by district code then name.
    public func subdistricts() throws -> [Subdistrict] {
        try database.read { db in
            try Row.fetchAll(
                db, sql: "SELECT district_code, name, kind, centre_lat, centre_lon FROM subdistrict ORDER BY district_code, name"
            ).map { row in
                Subdistrict(
                    districtCode: row[0], name: row[1], kind: SubdistrictKind(rawValue: row[2]) ?? .street,
                    centreLat: row[3], centreLon: row[4])
            }
        }
    }

    /// Retired division codes and the codes that replaced them.
    public func divisionAliases() throws -> [String: String] {
        try database.read { db in
            var aliases: [String: String] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT old_code, new_code FROM division_alias") {
                aliases[row[0]] = row[1]
            }
            return aliases
        }
    }
    /// A value of `registry_meta`.
    public func meta(_ key: String) throws -> String? {
        try database.read { db in try String.fetchOne(db, sql: "SELECT value FROM registry_meta WHERE key = ?", arguments: [key]) }
    }

    /// Whether this registry holds the synthetic sample data (`registry_meta` `sample` = `synthetic`).
    public func holdsSyntheticSample() throws -> Bool {
        try meta("sample") == "synthetic"
    }

    /// How many rows each main table holds.
    public func counts() throws -> RegistryCounts {
        try database.read { db in
            func count(_ table: String) throws -> Int {
                try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)") ?? 0
            }
            return RegistryCounts(
                operators: try count("operator"), outlets: try count("outlet"), classes: try count("childcare_class"),
                prices: try count("price"), certifications: try count("certification"),
                auditEntries: try count("audit_log"), divisions: try count("division"),
                subdistricts: try count("subdistrict"))
        }
    }

    /// Operators' names by credit code.
    public func operatorNames() throws -> [String: String] {
        try database.read { db in
            var out: [String: String] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT uscc, name FROM operator") { out[row[0]] = row[1] }
            return out
        }
    }
}
