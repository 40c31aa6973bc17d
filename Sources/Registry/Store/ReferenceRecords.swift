import GRDB

/// A row of `division` (county-level divisions and the city), the level as text.
struct DivisionRecord: Codable, Sendable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "division"

    var code: String
    var name: String
    var nameEN: String
    var level: String
    var parentCode: String?
    var population: Int?
    var populationSource: String?
    var centreLat: Double?
    var centreLon: Double?

    enum CodingKeys: String, CodingKey {
        case code, name
        case nameEN = "name_en"
        case level
        case parentCode = "parent_code"
        case population
        case populationSource = "population_source"
        case centreLat = "centre_lat"
        case centreLon = "centre_lon"
    }

    enum Columns {
        static let code = Column(CodingKeys.code)
        static let name = Column(CodingKeys.name)
        static let nameEN = Column(CodingKeys.nameEN)
        static let level = Column(CodingKeys.level)
        static let centreLat = Column(CodingKeys.centreLat)
        static let centreLon = Column(CodingKeys.centreLon)
    }

    /// The division the row holds.
    func division() throws -> Division {
        Division(
            code: code, name: name, nameEN: nameEN, level: try StoredValue.enumValue(level, "level"),
            parentCode: parentCode, population: population, populationSource: populationSource, centreLat: centreLat,
            centreLon: centreLon)
    }
}

/// A row of `division_alias`: a retired division code and the code that replaced it.
struct DivisionAliasRecord: Codable, Sendable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "division_alias"

    var oldCode: String
    var newCode: String
    var note: String

    enum CodingKeys: String, CodingKey {
        case oldCode = "old_code"
        case newCode = "new_code"
        case note
    }
}

/// A row of `subdistrict` (街道/镇), the kind as text.
struct SubdistrictRecord: Codable, Sendable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "subdistrict"

    var id: Int64?
    var districtCode: String
    var name: String
    var kind: String
    var centreLat: Double
    var centreLon: Double

    enum CodingKeys: String, CodingKey {
        case id
        case districtCode = "district_code"
        case name, kind
        case centreLat = "centre_lat"
        case centreLon = "centre_lon"
    }

    enum Columns {
        static let districtCode = Column(CodingKeys.districtCode)
        static let name = Column(CodingKeys.name)
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    /// The 街道/镇 the row holds.
    func subdistrict() throws -> Subdistrict {
        Subdistrict(
            districtCode: districtCode, name: name, kind: try StoredValue.enumValue(kind, "kind"), centreLat: centreLat,
            centreLon: centreLon)
    }
}

/// A row of `registry_meta`: one fact about the registry file.
struct RegistryMetaRecord: Codable, Sendable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "registry_meta"

    var key: String
    var value: String

    enum Columns {
        static let key = Column("key")
        static let value = Column("value")
    }

    /// The value stored under `key`, if any.
    static func value(_ db: Database, _ key: String) throws -> String? {
        try String.fetchOne(db, select(Columns.value).filter(Columns.key == key))
    }
}
