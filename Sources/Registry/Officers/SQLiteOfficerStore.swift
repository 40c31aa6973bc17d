import Foundation
import GRDB

/// The officer store on SQLite: `OfficerStore` over the registry's connection.
public struct SQLiteOfficerStore: OfficerStore {
    /// The connection, with its write transaction (officer check, audit log).
    let database: RegistryDatabase

    /// Every officer, active or not, by id.
    public func officers() throws -> [Officer] {
        try database.read { db in try OfficerRecord.order(OfficerRecord.Columns.id).fetchAll(db).map(\.officer) }
    }

    /// The officer with this id, if registered.
    public func officer(id: String) throws -> Officer? {
        try database.read { db in try Self.officer(db, id: id) }
    }

    /// Whether any officer is registered (after which every change needs an active one).
    public func hasOfficers() throws -> Bool {
        try database.read { db in try Self.hasOfficers(db) }
    }

    /// Checks that `officer` may change the registry now (see `OfficerAuthority`), without
    /// changing anything: lets a command refuse before it starts printing.
    public func checkWriter(_ officer: String?) throws {
        let name = officer?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        if Officer.reservedIDs.contains(name) {
            throw OfficerError.invalidID(name, Officer.problem(withID: name) ?? LocalizedText(zh: "", en: ""))
        }
        _ = try database.read { db in try OfficerAuthority.check(db, officer: name.isEmpty ? "system" : name) }
    }

    /// Registers an officer for a county-level district (`districtCode`) or the whole city (nil).
    /// The registry's first officer must be city-level and may register themself (`by` nil); after
    /// that `by` must be an active city-level officer. Audited as `officer.add`.
    @discardableResult
    public func addOfficer(id: String, name: String, districtCode: String?, by: String?, reason: String = "")
        throws -> Officer
    {
        let addition = try OfficerRules.addition(
            id: id, name: name, by: by, reason: reason, hasOfficers: try hasOfficers())
        return try database.write(officer: addition.creatorID, reason: addition.reason) { db, log in
            let authority = try OfficerAuthority.check(db, officer: addition.creatorID)
            let level = try districtCode.flatMap { code in
                try String.fetchOne(db, SQLRequest(literal: "SELECT level FROM division WHERE code = \(code)"))
            }
            try OfficerRules.checkAddition(
                authority: authority, hasOfficers: try Self.hasOfficers(db), districtCode: districtCode,
                districtLevel: level, existing: try Self.officer(db, id: addition.id), id: addition.id)
            let officer = Officer(
                id: addition.id, name: addition.name, districtCode: districtCode, createdAt: log.at,
                createdBy: addition.creatorID)
            try OfficerRecord(officer).insert(db)
            try log.append(
                db, action: "officer.add", entityType: "officer", entityID: addition.id, before: nil,
                after: officer.jsonText)
            return officer
        }
    }

    /// Deactivates an officer (they can no longer change the registry; the audit log keeps their
    /// entries). `by` must be an active city-level officer; the last active city-level officer
    /// cannot be deactivated. Audited as `officer.deactivate`.
    @discardableResult
    public func deactivateOfficer(id: String, by: String, reason: String = "") throws -> Officer {
        let by = try OfficerRules.deactivator(by)
        return try database.write(officer: by, reason: reason) { db, log in
            let before = try Self.officer(db, id: id)
            let after = try OfficerRules.deactivation(
                authority: try OfficerAuthority.check(db, officer: by), by: by, id: id, target: before,
                activeCityOfficers: {
                    try OfficerRecord.filter(
                        OfficerRecord.Columns.active == true && OfficerRecord.Columns.districtCode == nil
                    ).fetchCount(db)
                }, at: log.at)
            typealias Columns = OfficerRecord.Columns
            try OfficerRecord.filter(key: id).updateAll(
                db, Columns.active.set(to: false), Columns.deactivatedAt.set(to: after.deactivatedAt),
                Columns.deactivatedBy.set(to: after.deactivatedBy))
            try log.append(
                db, action: "officer.deactivate", entityType: "officer", entityID: id, before: before?.jsonText,
                after: after.jsonText)
            return after
        }
    }

    // MARK: - Inside a transaction

    static func hasOfficers(_ db: Database) throws -> Bool {
        try db.tableExists(OfficerRecord.databaseTableName) && !OfficerRecord.all().isEmpty(db)
    }

    static func officer(_ db: Database, id: String) throws -> Officer? {
        try OfficerRecord.fetchOne(db, key: id)?.officer
    }
}
