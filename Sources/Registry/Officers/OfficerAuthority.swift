import Foundation
import GRDB

/// Who may write, as found inside a write transaction: while the registry has no officers,
/// anyone named (the registry's behaviour before officers existed); after that, only an active
/// registered officer, for their district or the whole city.
package enum OfficerAuthority: Sendable, Equatable {
    /// The registry has no officers yet: the name is recorded as given.
    case unregistered
    /// A registered, active officer.
    case officer(Officer)

    /// The district the writer is limited to (nil: anywhere).
    package var district: String? {
        switch self {
        case .unregistered: nil
        case .officer(let officer): officer.districtCode
        }
    }

    /// Checks `id` may write now. The program's own writes (`RegistryDatabase.systemOfficer`:
    /// reference data, the sample) are exempt; the public entry points refuse that id from users.
    static func check(_ db: Database, officer id: String) throws -> OfficerAuthority {
        try resolve(officer: id, hasOfficers: try SQLiteOfficerStore.hasOfficers(db)) { id in
            try SQLiteOfficerStore.officer(db, id: id)
        }
    }

    /// The rule behind `check`, for any store: `hasOfficers` whether the registry has any, and
    /// `lookUp` the registered officer with an id.
    package static func resolve(
        officer id: String, hasOfficers: Bool, lookUp: (String) throws -> Officer?
    ) throws -> OfficerAuthority {
        guard hasOfficers else { return .unregistered }
        let id = id.trimmingCharacters(in: .whitespacesAndNewlines)
        if id == RegistryDatabase.systemOfficer { return .unregistered }
        guard let officer = try lookUp(id) else {
            throw id == "system" || id.isEmpty ? OfficerError.officerRequired : OfficerError.unknownOfficer(id)
        }
        guard officer.isActive else { throw OfficerError.inactiveOfficer(id) }
        return .officer(officer)
    }
}
