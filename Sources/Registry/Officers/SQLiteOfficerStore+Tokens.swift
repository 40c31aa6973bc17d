import Foundation
import GRDB

extension SQLiteOfficerStore {
    /// Issues a token for officer `officerID`, valid `days` days from now. `by` must be that
    /// officer or an active city-level officer. Only the token's SHA-256 is stored; the returned
    /// text is the only copy. Audited as `officer_token.issue` (without the token or its hash).
    public func issueOfficerToken(
        officerID: String, days: Int = OfficerToken.defaultDays, by: String, reason: String = ""
    )
        throws -> (token: OfficerToken, secret: String)
    {
        let (officerID, by) = try OfficerRules.tokenIssue(officerID: officerID, days: days, by: by)
        return try database.write(officer: by, reason: reason) { db, log in
            try Self.checkTokenManager(db, by: by, owner: officerID)
            guard let owner = try Self.officer(db, id: officerID) else { throw OfficerError.unknownOfficer(officerID) }
            guard owner.isActive else { throw OfficerError.inactiveOfficer(officerID) }
            let (id, secret) = OfficerToken.generate()
            let expires = RegistryClock.timestamp(database.clock.now().addingTimeInterval(Double(days) * 86_400))
            let token = OfficerToken(id: id, officerID: officerID, issuedAt: log.at, issuedBy: by, expiresAt: expires)
            try OfficerTokenRecord(token, sha256: OfficerToken.digest(secret)).insert(db)
            try log.append(
                db, action: "officer_token.issue", entityType: "officer_token", entityID: id, before: nil,
                after: token.jsonText)
            return (token, secret)
        }
    }

    /// Every token (no secrets, no hashes), oldest first; only `officerID`'s when given.
    public func officerTokens(officerID: String? = nil) throws -> [OfficerToken] {
        try database.read { db in
            typealias Columns = OfficerTokenRecord.Columns
            var request = OfficerTokenRecord.order(Columns.issuedAt, Columns.id)
            if let officerID { request = request.filter(Columns.officerID == officerID) }
            return try request.fetchAll(db).map(\.token)
        }
    }

    /// Revokes a token from now on. `by` must be its officer or an active city-level officer.
    /// Audited as `officer_token.revoke`.
    @discardableResult
    public func revokeOfficerToken(id: String, by: String, reason: String = "") throws -> OfficerToken {
        let id = id.trimmingCharacters(in: .whitespaces)
        let by = try OfficerRules.deactivator(by)
        return try database.write(officer: by, reason: reason) { db, log in
            guard let before = try OfficerTokenRecord.fetchOne(db, key: id)?.token else {
                throw OfficerTokenError.unknownToken(id)
            }
            try Self.checkTokenManager(db, by: by, owner: before.officerID)
            guard before.revokedAt == nil else { throw OfficerTokenError.alreadyRevoked(id) }
            var after = before
            after.revokedAt = log.at
            after.revokedBy = by
            typealias Columns = OfficerTokenRecord.Columns
            try OfficerTokenRecord.filter(key: id).updateAll(
                db, Columns.revokedAt.set(to: log.at), Columns.revokedBy.set(to: by))
            try log.append(
                db, action: "officer_token.revoke", entityType: "officer_token", entityID: id, before: before.jsonText,
                after: after.jsonText)
            return after
        }
    }

    /// The officer a bearer token stands for, and the token, if it is known, not revoked, not
    /// expired and its officer active; else `OfficerTokenError.invalidToken`. Reads only.
    public func authenticateOfficerToken(_ secret: String) throws -> (officer: Officer, token: OfficerToken) {
        // A token is ASCII of a fixed shape; anything else is refused before hashing or a lookup.
        guard OfficerRules.mayBeToken(secret) else { throw OfficerTokenError.invalidToken }
        let digest = OfficerToken.digest(secret)
        let now = database.clock.timestamp()
        return try database.read { db in
            guard
                let token = try OfficerTokenRecord.filter(OfficerTokenRecord.Columns.sha256 == digest).fetchOne(db)?
                    .token,
                token.isUsable(at: now),
                let officer = try Self.officer(db, id: token.officerID), officer.isActive
            else { throw OfficerTokenError.invalidToken }
            return (officer, token)
        }
    }

    // MARK: - Inside a transaction

    /// The officer's own tokens, or a city-level officer's; in a registry without officers
    /// nobody can hold a token (a token stands for a registered officer).
    static func checkTokenManager(_ db: Database, by: String, owner: String) throws {
        try OfficerRules.checkTokenManager(authority: try OfficerAuthority.check(db, officer: by), owner: owner)
    }
}

extension OfficerToken {
    /// The audit log's record of a token: never its text or hash.
    package var jsonText: String {
        JSONValue.members([
            JSONMember("expires_at", .string(expiresAt)), JSONMember("id", .string(id)),
            JSONMember("issued_at", .string(issuedAt)), JSONMember("issued_by", .string(issuedBy)),
            JSONMember("officer_id", .string(officerID)), JSONMember("revoked_at", .optional(revokedAt)),
            JSONMember("revoked_by", .optional(revokedBy)),
        ]).canonicalText
    }
}
