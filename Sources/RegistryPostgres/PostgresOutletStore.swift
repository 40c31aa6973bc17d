import PostgresNIO
import Registry

/// The outlets store on PostgreSQL: outlets and operators as recorded, the reference data, the
/// registry's own facts — rows decoded by the SQLite store's records (`StoredRow`), ordered as
/// SQLite orders them (NULLs first, text by bytes: `COLLATE "C"`, whatever the server's locale).
package struct PostgresOutletStore: OutletStore {
    let registry: PostgresRegistry

    package func outletRecord(id: String) async throws -> OutletRecord? {
        try await registry.readSnapshot { connection -> OutletRecord? in
            guard let row = try await connection.storedRows("SELECT * FROM outlet WHERE id = \(id)").first,
                case .integer(let rid) = row.cells["rid"] ?? .null
            else { return nil }
            let outlet = try row.outlet()
            guard let operatorRecord = try await Self.operatorRecord(connection, uscc: outlet.operatorUSCC) else {
                throw RegistryError.database("outlet \(id) names operator \(outlet.operatorUSCC), which is missing")
            }
            let prices = try await connection.storedRows(
                """
                SELECT * FROM price WHERE outlet_rid = \(rid)
                ORDER BY item COLLATE "C", care_level COLLATE "C" NULLS FIRST, age_class COLLATE "C" NULLS FIRST,
                         unit COLLATE "C", effective_from COLLATE "C"
                """
            ).map { try $0.price(outletID: id) }
            let classes = try await connection.storedRows(
                "SELECT * FROM childcare_class WHERE outlet_rid = \(rid) ORDER BY seq"
            ).map { try $0.childcareClass() }
            let certification = try await connection.storedRows(
                "SELECT * FROM certification WHERE outlet_rid = \(rid) ORDER BY id DESC LIMIT 1"
            ).first.map { try $0.certification() }
            return OutletRecord(
                outlet: outlet, operator: operatorRecord, classes: classes, prices: prices, certification: certification
            )
        }
    }

    package func operatorRecord(uscc: String) async throws -> Operator? {
        try await registry.read { connection in try await Self.operatorRecord(connection, uscc: uscc) }
    }

    package func cityBounds() async throws -> CityBounds? {
        try await registry.read { connection -> CityBounds? in
            var values: [String: Double] = [:]
            for (key, value) in try await connection.rows(
                "SELECT key, value FROM registry_meta WHERE key LIKE 'city\\_%'", as: (String, String).self)
            {
                values[key] = Double(value)
            }
            guard let minLat = values["city_min_lat"], let maxLat = values["city_max_lat"],
                let minLon = values["city_min_lon"], let maxLon = values["city_max_lon"]
            else { return nil }
            return CityBounds(minLat: minLat, maxLat: maxLat, minLon: minLon, maxLon: maxLon)
        }
    }

    package func divisions() async throws -> [Division] {
        try await registry.read { connection in
            try await connection.storedRows(#"SELECT * FROM division ORDER BY level = 'county', code COLLATE "C""#)
                .map { try $0.division() }
        }
    }

    package func subdistricts() async throws -> [Subdistrict] {
        try await registry.read { connection in
            try await connection.storedRows(
                #"SELECT * FROM subdistrict ORDER BY district_code COLLATE "C", name COLLATE "C""#
            ).map { try $0.subdistrict() }
        }
    }

    package func divisionAliases() async throws -> [String: String] {
        try await registry.read { connection in
            var aliases: [String: String] = [:]
            for (old, new) in try await connection.rows(
                "SELECT old_code, new_code FROM division_alias", as: (String, String).self)
            {
                aliases[old] = new
            }
            return aliases
        }
    }

    package func meta(_ key: String) async throws -> String? {
        try await registry.meta(key)
    }

    package func holdsSyntheticSample() async throws -> Bool {
        try await meta("sample") == "synthetic"
    }

    package func counts() async throws -> RegistryCounts {
        try await registry.readSnapshot { connection in
            var counts: [Int] = []
            for table in [
                "operator", "outlet", "childcare_class", "price", "certification", "audit_log", "division",
                "subdistrict",
            ] {
                // The table names are the constants above, not input.
                counts.append(
                    try await connection.value(PostgresQuery(unsafeSQL: "SELECT count(*) FROM \(table)"), as: Int.self)
                        ?? 0)
            }
            return RegistryCounts(
                operators: counts[0], outlets: counts[1], classes: counts[2], prices: counts[3],
                certifications: counts[4], auditEntries: counts[5], divisions: counts[6], subdistricts: counts[7])
        }
    }

    package func operatorNames() async throws -> [String: String] {
        try await registry.read { connection in
            var names: [String: String] = [:]
            for (uscc, name) in try await connection.rows("SELECT uscc, name FROM operator", as: (String, String).self)
            {
                names[uscc] = name
            }
            return names
        }
    }

    static func operatorRecord(_ connection: PostgresConnection, uscc: String) async throws -> Operator? {
        try await connection.storedRows("SELECT * FROM operator WHERE uscc = \(uscc)").first.map { try $0.operator() }
    }
}

extension PostgresRegistry {
    /// Outlets and operators as recorded, reference data, the registry's own facts.
    package var outlets: PostgresOutletStore { PostgresOutletStore(registry: self) }
}
