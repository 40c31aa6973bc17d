import GRDB

/// The outlet a credit, review or inspection command acts on, found inside the write
/// transaction, and the district check: a district officer acts only on outlets of their
/// district (like `OfficerScope` for imports), refused with exit 77 and nothing written.
struct CreditScope: FetchableRecord {
    let rid: Int64
    let id: String
    let operatorUSCC: String
    let districtCode: String

    /// From a row of `outlet` (its `rid`, `id`, `operator_uscc` and `district_code`), by name.
    init(row: Row) {
        rid = row["rid"]
        id = row["id"]
        operatorUSCC = row["operator_uscc"]
        districtCode = row["district_code"]
    }

    /// The outlet with public id `id`, or `RegistryError.outletNotFound`.
    static func outlet(_ db: Database, id: String) throws -> CreditScope {
        guard
            let outlet = try CreditScope.fetchOne(
                db,
                SQLRequest(
                    literal: "SELECT rid, id, operator_uscc, district_code FROM outlet WHERE id = \(id)", cached: true))
        else { throw RegistryError.outletNotFound(id) }
        return outlet
    }

    /// The outlet by internal row id.
    static func outlet(_ db: Database, rid: Int64) throws -> CreditScope {
        guard
            let outlet = try CreditScope.fetchOne(
                db,
                SQLRequest(
                    literal: "SELECT rid, id, operator_uscc, district_code FROM outlet WHERE rid = \(rid)", cached: true
                ))
        else { throw RegistryError.database("no outlet with rid \(rid)") }
        return outlet
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
