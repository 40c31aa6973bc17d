import Foundation
import GRDB

extension SQLiteOfficerStore {
    /// Issues a token for officer `officerID`, valid `days` days from now. `by` must be that
    /// officer or an active city-level officer. Only the token's SHA-256 is stored; the returned
    /// text is the only copy. Audited as `officer_token.issue` (without the token or its hash).
    public func issueOfficerToken(officerID: String, days: Int = OfficerToken.defaultDays, by: String, reason: String = "")
        throws -> (token: OfficerToken, secret: String)
    {
        guard (1...OfficerToken.maximumDays).contains(days) else { throw OfficerTokenError.invalidLifetime(days) }
        let officerID = officerID.trimmingCharacters(in: .whitespaces)
        let by = by.trimmingCharacters(in: .whitespaces)
        guard !by.isEmpty else { throw OfficerError.officerRequired }
        if Officer.reservedIDs.contains(by) { throw OfficerError.unknownOfficer(by) }
        return try database.write(officer: by, reason: reason) { db, log in
            try Self.checkTokenManager(db, by: by, owner: officerID)
            guard let owner = try Self.officer(db, id: officerID) else { throw OfficerError.unknownOfficer(officerID) }
            guard owner.isActive else { throw OfficerError.inactiveOfficer(officerID) }
            let (id, secret) = OfficerToken.generate()
            let expires = RegistryClock.timestamp(database.clock.now().addingTimeInterval(Double(days) * 86_400))
            let token = OfficerToken(id: id, officerID: officerID, issuedAt: log.at, issuedBy: by, expiresAt: expires)
            try db.execute(
                sql: """
                    INSERT INTO officer_token (id, officer_id, sha256, issued_at, issued_by, expires_at)
                    VALUES (?, ?, ?, ?, ?, ?)
                    """, arguments: [id, officerID, OfficerToken.digest(secret), token.issuedAt, by, expires])
            try log.append(
                db, action: "officer_token.issue", entityType: "officer_token", entityID: id, before: nil,
                after: token.jsonText)
            return (token, secret)
        }
    }

    /// Every token (no secrets, no hashes), oldest first; only `officerID`'s when given.
    public func officerTokens(officerID: String? = nil) throws -> [OfficerToken] {
        try database.read { db in
            try Row.fetchAll(
                db, sql: "\(Self.tokenSelect) WHERE ? IS NULL OR officer_id = ? ORDER BY issued_at, id",
                arguments: [officerID, officerID]
            ).map(OfficerToken.init(row:))
        }
    }

    /// Revokes a token from now on. `by` must be its officer or an active city-level officer.
    /// Audited as `officer_token.revoke`.
    @discardableResult
    public func revokeOfficerToken(id: String, by: String, reason: String = "") throws -> OfficerToken {
        let id = id.trimmingCharacters(in: .whitespaces)
        let by = by.trimmingCharacters(in: .whitespaces)
        guard !by.isEmpty else { throw OfficerError.officerRequired }
        if Officer.reservedIDs.contains(by) { throw OfficerError.unknownOfficer(by) }
        return try database.write(officer: by, reason: reason) { db, log in
            guard let before = try Row.fetchOne(db, sql: "\(Self.tokenSelect) WHERE id = ?", arguments: [id])
                .map(OfficerToken.init(row:))
            else { throw OfficerTokenError.unknownToken(id) }
            try Self.checkTokenManager(db, by: by, owner: before.officerID)
            guard before.revokedAt == nil else { throw OfficerTokenError.alreadyRevoked(id) }
            var after = before
            after.revokedAt = log.at
            after.revokedBy = by
            try db.execute(
                sql: "UPDATE officer_token SET revoked_at = ?, revoked_by = ? WHERE id = ?", arguments: [log.at, by, id])
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
        guard secret.utf8.count <= 128, secret.hasPrefix("pht_") else { throw OfficerTokenError.invalidToken }
        let digest = OfficerToken.digest(secret)
        let now = database.clock.timestamp()
        return try database.read { db in
            guard let token = try Row.fetchOne(db, sql: "\(Self.tokenSelect) WHERE sha256 = ?", arguments: [digest])
                .map(OfficerToken.init(row:)),
                token.isUsable(at: now),
                let officer = try Self.officer(db, id: token.officerID), officer.isActive
            else { throw OfficerTokenError.invalidToken }
            return (officer, token)
        }
    }

    // MARK: - Inside a transaction

    static let tokenSelect =
        "SELECT id, officer_id, issued_at, issued_by, expires_at, revoked_at, revoked_by FROM officer_token"

    /// The officer's own tokens, or a city-level officer's; in a registry without officers
    /// nobody can hold a token (a token stands for a registered officer).
    static func checkTokenManager(_ db: Database, by: String, owner: String) throws {
        let authority = try OfficerAuthority.check(db, officer: by)
        guard case .officer(let manager) = authority else { throw OfficerError.unknownOfficer(owner) }
        guard manager.id == owner || manager.isCityLevel else {
            throw OfficerTokenError.notPermitted(officer: manager.id, for: owner)
        }
    }
}

extension OfficerToken {
    init(row: Row) {
        self.init(
            id: row[0], officerID: row[1], issuedAt: row[2], issuedBy: row[3], expiresAt: row[4], revokedAt: row[5],
            revokedBy: row[6])
    }

    /// The audit log's record of a token: never its text or hash.
    var jsonText: String {
        JSONValue.members([
            JSONMember("expires_at", .string(expiresAt)), JSONMember("id", .string(id)),
            JSONMember("issued_at", .string(issuedAt)), JSONMember("issued_by", .string(issuedBy)),
            JSONMember("officer_id", .string(officerID)), JSONMember("revoked_at", .optional(revokedAt)),
            JSONMember("revoked_by", .optional(revokedBy)),
        ]).canonicalText
    }
}
