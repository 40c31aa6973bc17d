import Foundation

/// The officer store's decisions, free of any database: who may write, who may register or
/// deactivate an officer, who may manage a token. Each store loads what a rule needs inside its
/// write transaction, asks here, and stores — so SQLite and PostgreSQL decide alike.
package enum OfficerRules {
    /// What `addOfficer` was asked, cleaned: the new id and name, who registers them, the reason.
    package struct Addition: Sendable, Equatable {
        package var id: String
        package var name: String
        package var creatorID: String
        package var reason: String
    }

    /// Checks an `addOfficer` request before the transaction: the id's shape, a name, and who
    /// registers (the first officer may register themself, `by` nil).
    package static func addition(
        id: String, name: String, by: String?, reason: String, hasOfficers: Bool
    ) throws -> Addition {
        let id = id.trimmingCharacters(in: .whitespaces)
        let name = name.trimmingCharacters(in: .whitespacesAndNewlines)
        if let problem = Officer.problem(withID: id) { throw OfficerError.invalidID(id, problem) }
        guard !name.isEmpty else { throw OfficerError.emptyName }
        let bootstrap = !hasOfficers
        let given = by?.trimmingCharacters(in: .whitespaces) ?? ""
        let creatorID = given.isEmpty ? (bootstrap ? id : "") : given
        if !given.isEmpty, Officer.reservedIDs.contains(given) { throw OfficerError.unknownOfficer(given) }
        guard !creatorID.isEmpty else { throw OfficerError.officerRequired }
        return Addition(
            id: id, name: name, creatorID: creatorID,
            reason: reason.isEmpty && bootstrap ? "first officer of the registry" : reason)
    }

    /// Inside the transaction: whether `authority` may register an officer for `districtCode`
    /// (`districtLevel`: that code's level in the reference, nil when unknown) when `existing` is
    /// what the registry holds under the new id.
    package static func checkAddition(
        authority: OfficerAuthority, hasOfficers: Bool, districtCode: String?, districtLevel: String?,
        existing: Officer?, id: String
    ) throws {
        if case .officer(let creator) = authority, !creator.isCityLevel {
            throw OfficerError.cityLevelRequired(officer: creator.id, action: "add")
        }
        if !hasOfficers, districtCode != nil { throw OfficerError.firstOfficerMustBeCityLevel }
        if let districtCode, districtLevel != DivisionLevel.county.rawValue {
            throw OfficerError.unknownDistrict(districtCode)
        }
        guard existing == nil else { throw OfficerError.duplicateOfficer(id) }
    }

    /// The deactivating officer's id, cleaned; refused before the transaction when empty or reserved.
    package static func deactivator(_ by: String) throws -> String {
        let by = by.trimmingCharacters(in: .whitespaces)
        guard !by.isEmpty else { throw OfficerError.officerRequired }
        if Officer.reservedIDs.contains(by) { throw OfficerError.unknownOfficer(by) }
        return by
    }

    /// Inside the transaction: `authority` (for `by`) deactivates `target` (nil: unknown id) when
    /// `activeCityOfficers` active city-level officers remain; returns the target as deactivated.
    package static func deactivation(
        authority: OfficerAuthority, by: String, id: String, target: Officer?, activeCityOfficers: () throws -> Int,
        at: String
    ) throws -> Officer {
        guard case .officer(let deactivator) = authority else { throw OfficerError.unknownOfficer(by) }
        guard deactivator.isCityLevel else {
            throw OfficerError.cityLevelRequired(officer: deactivator.id, action: "deactivate")
        }
        guard let before = target else { throw OfficerError.unknownOfficer(id) }
        guard before.isActive else { throw OfficerError.inactiveOfficer(id) }
        if before.isCityLevel {
            guard try activeCityOfficers() > 1 else { throw OfficerError.lastCityOfficer(id) }
        }
        var after = before
        after.isActive = false
        after.deactivatedAt = at
        after.deactivatedBy = deactivator.id
        return after
    }

    /// Inside the transaction: whether `authority` may manage `owner`'s tokens — the officer's
    /// own, or any for a city-level officer; in a registry without officers nobody holds a token.
    package static func checkTokenManager(authority: OfficerAuthority, owner: String) throws {
        guard case .officer(let manager) = authority else { throw OfficerError.unknownOfficer(owner) }
        guard manager.id == owner || manager.isCityLevel else {
            throw OfficerTokenError.notPermitted(officer: manager.id, for: owner)
        }
    }

    /// Checks a token's lifetime and the issuer before the transaction; returns the cleaned ids.
    package static func tokenIssue(officerID: String, days: Int, by: String) throws -> (officerID: String, by: String) {
        guard (1...OfficerToken.maximumDays).contains(days) else { throw OfficerTokenError.invalidLifetime(days) }
        return (officerID.trimmingCharacters(in: .whitespaces), try deactivator(by))
    }

    /// Whether `secret` has a token's shape at all (checked before hashing or a lookup).
    package static func mayBeToken(_ secret: String) -> Bool {
        secret.utf8.count <= 128 && secret.hasPrefix("pht_")
    }
}
