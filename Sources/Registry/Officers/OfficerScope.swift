import GRDB

/// A district officer's reach in an import: outlets of their district and the prices of those
/// outlets. Operators are city-wide records, open to every officer.
enum OfficerScope {
    /// Why a parsed import row is outside `district` (nil when it is inside, or not about an
    /// outlet): the column and value to name, and the reason.
    static func outside(_ row: Any, district: String, officer: String, _ db: Database) throws
        -> (column: String, value: String, reason: LocalizedText)?
    {
        switch row {
        case let imported as ImportedOutlet:
            let outlet = imported.outlet
            if outlet.districtCode != district {
                return ("district_code", outlet.districtCode, try reason(outlet.districtCode, district, officer, db))
            }
            // Replacing an outlet of another district would move it into this one.
            if let current = try districtOfOutlet(outlet.id, db), current != district {
                return ("id", outlet.id, try reason(current, district, officer, db))
            }
            return nil
        case let price as Price:
            guard let current = try districtOfOutlet(price.outletID, db), current != district else { return nil }
            return ("outlet_id", price.outletID, try reason(current, district, officer, db))
        default:
            return nil
        }
    }

    static func districtOfOutlet(_ id: String, _ db: Database) throws -> String? {
        try String.fetchOne(db, SQLRequest(literal: "SELECT district_code FROM outlet WHERE id = \(id)", cached: true))
    }

    static func reason(_ found: String, _ allowed: String, _ officer: String, _ db: Database) throws -> LocalizedText {
        func name(_ code: String) throws -> (zh: String, en: String) {
            let row = try Row.fetchOne(
                db, SQLRequest(literal: "SELECT name, name_en FROM division WHERE code = \(code)", cached: true))
            return (
                row.map { "\(code) \($0["name"] as String)" } ?? code,
                row.map { "\(code) \($0["name_en"] as String)" } ?? code
            )
        }
        let found = try name(found)
        let allowed = try name(allowed)
        return LocalizedText(
            zh: "网点属于 \(found.zh)，经办人 \(officer) 只能办理 \(allowed.zh)的网点",
            en: "the outlet is in \(found.en); officer \(officer) acts only for \(allowed.en)")
    }
}
