import GRDB

extension RegistryDatabase {
    /// The officer recorded for the program's own writes (reference data, sample registry).
    package static let systemOfficer = "puhui-init"

    /// Loads the reference data if it differs from what the registry holds (by SHA-256, kept in
    /// `registry_meta`): upserts divisions, retired codes and 街道/镇, records the city's bounding
    /// box in `registry_meta`, and appends one `reference.load` audit entry. Loading the same
    /// data twice changes nothing.
    public func loadReference(_ reference: ReferenceData) throws {
        let sha = reference.sha256
        if try outlets.meta("reference_sha256") == sha { return }
        let parsed = try reference.parse()
        try write(officer: Self.systemOfficer, reason: "reference data") { db, log in
            // The city first: counties reference it.
            for division in parsed.divisionsInStoreOrder {
                try db.execute(
                    literal: """
                        INSERT INTO division (code, name, name_en, level, parent_code, population, population_source, centre_lat, centre_lon)
                        VALUES (\(division.code), \(division.name), \(division.nameEN), \(division.level.rawValue),
                                \(division.parentCode), \(division.population), \(division.populationSource),
                                \(division.centreLat), \(division.centreLon))
                        ON CONFLICT (code) DO UPDATE SET name = excluded.name, name_en = excluded.name_en,
                            level = excluded.level, parent_code = excluded.parent_code, population = excluded.population,
                            population_source = excluded.population_source, centre_lat = excluded.centre_lat,
                            centre_lon = excluded.centre_lon
                        """)
            }
            for alias in parsed.aliases {
                try db.execute(
                    literal: """
                        INSERT INTO division_alias (old_code, new_code, note) VALUES (\(alias.old), \(alias.new), \(alias.note))
                        ON CONFLICT (old_code) DO UPDATE SET new_code = excluded.new_code, note = excluded.note
                        """)
            }
            for subdistrict in parsed.subdistricts {
                try db.execute(
                    literal: """
                        INSERT INTO subdistrict (district_code, name, kind, centre_lat, centre_lon)
                        VALUES (\(subdistrict.districtCode), \(subdistrict.name), \(subdistrict.kind.rawValue),
                                \(subdistrict.centreLat), \(subdistrict.centreLon))
                        ON CONFLICT (district_code, name) DO UPDATE SET kind = excluded.kind,
                            centre_lat = excluded.centre_lat, centre_lon = excluded.centre_lon
                        """)
            }
            for (key, value) in parsed.boundsMeta {
                try setMeta(db, key, value)
            }
            try setMeta(db, "reference_sha256", sha)
            try log.append(
                db, action: "reference.load", entityType: "reference", entityID: "Seed/reference", before: nil,
                after: parsed.auditJSON(sha256: sha))
        }
    }

    func setMeta(_ db: Database, _ key: String, _ value: String) throws {
        try db.execute(
            literal: """
                INSERT INTO registry_meta (key, value) VALUES (\(key), \(value))
                ON CONFLICT (key) DO UPDATE SET value = excluded.value
                """)
    }

    static func cityBounds(_ db: Database) throws -> CityBounds? {
        var values: [String: Double] = [:]
        for meta in try RegistryMetaRecord.filter(RegistryMetaRecord.Columns.key.like("city_%")).fetchAll(db) {
            values[meta.key] = Double(meta.value)
        }
        guard let minLat = values["city_min_lat"], let maxLat = values["city_max_lat"],
            let minLon = values["city_min_lon"], let maxLon = values["city_max_lon"]
        else { return nil }
        return CityBounds(minLat: minLat, maxLat: maxLat, minLon: minLon, maxLon: maxLon)
    }
}
