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
        let id = id.trimmingCharacters(in: .whitespaces)
        let name = name.trimmingCharacters(in: .whitespacesAndNewlines)
        if let problem = Officer.problem(withID: id) { throw OfficerError.invalidID(id, problem) }
        guard !name.isEmpty else { throw OfficerError.emptyName }
        let bootstrap = try !hasOfficers()
        let creatorID = by?.trimmingCharacters(in: .whitespaces).nonEmpty ?? (bootstrap ? id : "")
        if let by = by?.trimmingCharacters(in: .whitespaces).nonEmpty, Officer.reservedIDs.contains(by) {
            throw OfficerError.unknownOfficer(by)
        }
        guard !creatorID.isEmpty else { throw OfficerError.officerRequired }
        let reason = reason.isEmpty && bootstrap ? "first officer of the registry" : reason
        return try database.write(officer: creatorID, reason: reason) { db, log in
            let authority = try OfficerAuthority.check(db, officer: creatorID)
            if case .officer(let creator) = authority, !creator.isCityLevel {
                throw OfficerError.cityLevelRequired(officer: creator.id, action: "add")
            }
            if try Self.hasOfficers(db) == false, districtCode != nil {
                throw OfficerError.firstOfficerMustBeCityLevel
            }
            if let districtCode {
                let level = try String.fetchOne(
                    db, SQLRequest(literal: "SELECT level FROM division WHERE code = \(districtCode)"))
                guard level == DivisionLevel.county.rawValue else { throw OfficerError.unknownDistrict(districtCode) }
            }
            guard try Self.officer(db, id: id) == nil else { throw OfficerError.duplicateOfficer(id) }
            let officer = Officer(
                id: id, name: name, districtCode: districtCode, createdAt: log.at, createdBy: creatorID)
            try OfficerRecord(officer).insert(db)
            try log.append(
                db, action: "officer.add", entityType: "officer", entityID: id, before: nil, after: officer.jsonText)
            return officer
        }
    }

    /// Deactivates an officer (they can no longer change the registry; the audit log keeps their
    /// entries). `by` must be an active city-level officer; the last active city-level officer
    /// cannot be deactivated. Audited as `officer.deactivate`.
    @discardableResult
    public func deactivateOfficer(id: String, by: String, reason: String = "") throws -> Officer {
        let by = by.trimmingCharacters(in: .whitespaces)
        guard !by.isEmpty else { throw OfficerError.officerRequired }
        if Officer.reservedIDs.contains(by) { throw OfficerError.unknownOfficer(by) }
        return try database.write(officer: by, reason: reason) { db, log in
            let authority = try OfficerAuthority.check(db, officer: by)
            guard case .officer(let deactivator) = authority else { throw OfficerError.unknownOfficer(by) }
            guard deactivator.isCityLevel else { throw OfficerError.cityLevelRequired(officer: deactivator.id, action: "deactivate") }
            guard let before = try Self.officer(db, id: id) else { throw OfficerError.unknownOfficer(id) }
            guard before.isActive else { throw OfficerError.inactiveOfficer(id) }
            if before.isCityLevel {
                let cityOfficers = try OfficerRecord.filter(
                    OfficerRecord.Columns.active == true && OfficerRecord.Columns.districtCode == nil
                ).fetchCount(db)
                guard cityOfficers > 1 else { throw OfficerError.lastCityOfficer(id) }
            }
            var after = before
            after.isActive = false
            after.deactivatedAt = log.at
            after.deactivatedBy = deactivator.id
            typealias Columns = OfficerRecord.Columns
            try OfficerRecord.filter(key: id).updateAll(
                db, Columns.active.set(to: false), Columns.deactivatedAt.set(to: after.deactivatedAt),
                Columns.deactivatedBy.set(to: after.deactivatedBy))
            try log.append(
                db, action: "officer.deactivate", entityType: "officer", entityID: id, before: before.jsonText,
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

extension String {
    /// Nil for the empty string.
    fileprivate var nonEmpty: String? { isEmpty ? nil : self }
}
