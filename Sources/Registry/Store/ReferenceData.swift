import Crypto
import Foundation
import PuhuiResources

/// The city's reference data: divisions with populations, retired division codes, 街道/镇 with
/// centres and the city's bounding box — the texts of `Seed/reference/divisions.csv`,
/// `division_aliases.csv`, `subdistricts.csv` and `city.csv`.
public struct ReferenceData: Sendable, Equatable {
    public var divisions: String
    public var divisionAliases: String
    public var subdistricts: String
    public var city: String

    public init(divisions: String, divisionAliases: String, subdistricts: String, city: String) {
        self.divisions = divisions
        self.divisionAliases = divisionAliases
        self.subdistricts = subdistricts
        self.city = city
    }

    /// The reference data embedded in the binary, or nil if this build has none.
    public static var embedded: ReferenceData? {
        guard let divisions = Resources.text("Seed/reference/divisions.csv"),
            let city = Resources.text("Seed/reference/city.csv")
        else { return nil }
        return ReferenceData(
            divisions: divisions, divisionAliases: Resources.text("Seed/reference/division_aliases.csv") ?? "",
            subdistricts: Resources.text("Seed/reference/subdistricts.csv") ?? "", city: city)
    }

    /// SHA-256 of the four texts (a change reloads them).
    package var sha256: String {
        var hasher = SHA256()
        for text in [divisions, divisionAliases, subdistricts, city] {
            hasher.update(data: Array(text.utf8))
            hasher.update(data: [0])
        }
        return hasher.finalize().hexString
    }

    /// The parsed contents.
    package struct Parsed {
        package var divisions: [Division]
        package var aliases: [(old: String, new: String, note: String)]
        package var subdistricts: [Subdistrict]
        package var bounds: CityBounds

        /// The divisions in the order they are stored: the city first (counties reference it).
        package var divisionsInStoreOrder: [Division] {
            divisions.sorted { ($0.level == .city ? 0 : 1, $0.code) < ($1.level == .city ? 0 : 1, $1.code) }
        }

        /// The `registry_meta` rows of the city's bounding box.
        package var boundsMeta: [(key: String, value: String)] {
            [
                ("city_min_lat", bounds.minLat.description), ("city_max_lat", bounds.maxLat.description),
                ("city_min_lon", bounds.minLon.description), ("city_max_lon", bounds.maxLon.description),
            ]
        }

        /// The `reference.load` audit entry's record, for data with hash `sha256`.
        package func auditJSON(sha256: String) -> String {
            JSONValue.object([
                "sha256": .string(sha256), "divisions": .int(Int64(divisions.count)),
                "division_aliases": .int(Int64(aliases.count)), "subdistricts": .int(Int64(subdistricts.count)),
            ]).canonicalText
        }
    }

    package func parse() throws -> Parsed {
        var divisions: [Division] = []
        for row in try Table(
            file: "divisions.csv", text: self.divisions, required: ["code", "name", "name_en", "level"])
        {
            divisions.append(
                Division(
                    code: try row.text("code"), name: try row.text("name"), nameEN: try row.text("name_en"),
                    level: try row.enumValue("level"), parentCode: row.optional("parent_code"),
                    population: try row.optionalInt("population"), populationSource: row.optional("population_source"),
                    centreLat: try row.optionalDouble("centre_lat"), centreLon: try row.optionalDouble("centre_lon")))
        }
        var aliases: [(old: String, new: String, note: String)] = []
        if !divisionAliases.isEmpty {
            for row in try Table(
                file: "division_aliases.csv", text: divisionAliases, required: ["old_code", "new_code"])
            {
                aliases.append((try row.text("old_code"), try row.text("new_code"), row.optional("note") ?? ""))
            }
        }
        var subdistricts: [Subdistrict] = []
        if !self.subdistricts.isEmpty {
            for row in try Table(
                file: "subdistricts.csv", text: self.subdistricts,
                required: ["district_code", "name", "kind", "centre_lat", "centre_lon"])
            {
                subdistricts.append(
                    Subdistrict(
                        districtCode: try row.text("district_code"), name: try row.text("name"),
                        kind: try row.enumValue("kind"), centreLat: try row.double("centre_lat"),
                        centreLon: try row.double("centre_lon")))
            }
        }
        var values: [String: Double] = [:]
        for row in try Table(file: "city.csv", text: city, required: ["key", "value"]) {
            values[try row.text("key")] = try row.double("value")
        }
        guard let minLat = values["min_lat"], let maxLat = values["max_lat"], let minLon = values["min_lon"],
            let maxLon = values["max_lon"]
        else {
            throw RegistryError.invalidReferenceData(
                file: "city.csv", line: 1, reason: "needs rows min_lat, max_lat, min_lon and max_lon")
        }
        return Parsed(
            divisions: divisions, aliases: aliases, subdistricts: subdistricts,
            bounds: CityBounds(minLat: minLat, maxLat: maxLat, minLon: minLon, maxLon: maxLon))
    }
}

extension ReferenceData {
    /// A small header-addressed CSV table for reference files.
    struct Table: Sequence {
        let file: String
        let columns: [String: Int]
        let records: [CSVRecord]

        init(file: String, text: String, required: [String]) throws {
            self.file = file
            var reader = CSVReader(text: text)
            let records: [CSVRecord]
            do {
                records = try reader.readAll()
            } catch {
                throw RegistryError.invalidReferenceData(file: file, line: error.line, reason: error.reason)
            }
            guard let header = records.first else {
                throw RegistryError.invalidReferenceData(file: file, line: 1, reason: "the file is empty")
            }
            var columns: [String: Int] = [:]
            for (index, name) in header.fields.enumerated() { columns[TextNormalisation.trim(name)] = index }
            for name in required where columns[name] == nil {
                throw RegistryError.invalidReferenceData(file: file, line: 1, reason: "missing column \(name)")
            }
            self.columns = columns
            self.records = Array(records.dropFirst())
        }

        func makeIterator() -> some IteratorProtocol<Row> {
            records.lazy.map { Row(table: self, record: $0) }.makeIterator()
        }

        struct Row {
            let table: Table
            let record: CSVRecord

            func optional(_ column: String) -> String? {
                guard let index = table.columns[column], index < record.fields.count else { return nil }
                let value = TextNormalisation.normalise(record.fields[index])
                return value.isEmpty ? nil : value
            }

            func fail(_ column: String, _ reason: String) -> RegistryError {
                .invalidReferenceData(file: table.file, line: record.line, reason: "column \(column): \(reason)")
            }

            func text(_ column: String) throws -> String {
                guard let value = optional(column) else { throw fail(column, "required") }
                return value
            }

            func double(_ column: String) throws -> Double {
                let value = try text(column)
                guard let number = Double(value), number.isFinite else {
                    throw fail(column, "\"\(value)\" is not a number")
                }
                return number
            }

            func optionalDouble(_ column: String) throws -> Double? {
                optional(column) == nil ? nil : try double(column)
            }

            func optionalInt(_ column: String) throws -> Int? {
                guard let value = optional(column) else { return nil }
                guard let number = Int(value) else { throw fail(column, "\"\(value)\" is not a whole number") }
                return number
            }

            func enumValue<E: RegistryEnum>(_ column: String) throws -> E {
                let value = try text(column)
                guard let parsed = E(rawValue: value) else {
                    throw fail(column, "unknown \(E.valueDescription) \"\(value)\" (valid: \(E.validValues))")
                }
                return parsed
            }
        }
    }
}
