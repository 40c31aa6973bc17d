import GRDB

/// The outlet a credit, review or inspection command acts on, found inside the write
/// transaction, and the district check: a district officer acts only on outlets of their
/// district (like `OfficerScope` for imports), refused with exit 77 and nothing written.
struct CreditScope {
    let rid: Int64
    let id: String
    let operatorUSCC: String
    let districtCode: String

    /// The outlet with public id `id`, or `RegistryError.outletNotFound`.
    static func outlet(_ db: Database, id: String) throws -> CreditScope {
        guard
            let row = try Row.fetchOne(
                db.cachedStatement(sql: "SELECT rid, id, operator_uscc, district_code FROM outlet WHERE id = ?"),
                arguments: [id])
        else { throw RegistryError.outletNotFound(id) }
        return CreditScope(rid: row[0], id: row[1], operatorUSCC: row[2], districtCode: row[3])
    }

    /// The outlet by internal row id.
    static func outlet(_ db: Database, rid: Int64) throws -> CreditScope {
        guard
            let row = try Row.fetchOne(
                db.cachedStatement(sql: "SELECT rid, id, operator_uscc, district_code FROM outlet WHERE rid = ?"),
                arguments: [rid])
        else { throw RegistryError.database("no outlet with rid \(rid)") }
        return CreditScope(rid: row[0], id: row[1], operatorUSCC: row[2], districtCode: row[3])
    }

    /// Refuses a district officer acting outside their district. Checked inside the write
    /// transaction, after `OfficerAuthority` (an unregistered registry has no districts).
    func check(_ db: Database, officer: String) throws {
        let authority = try OfficerAuthority.check(db, officer: officer)
        guard let district = authority.district,
            !DistrictScope.permits(officerDistrict: district, recordDistrict: districtCode)
        else { return }
        throw CreditError.outsideDistrict(
            officer: officer, reason: try OfficerScope.reason(districtCode, district, officer, db))
    }
}
