import Foundation
import PostgresNIO
import PuhuiCore
import Registry

/// The officer store on PostgreSQL: `OfficerStore` with the same rules as the SQLite store
/// (`OfficerRules`, `OfficerAuthority`), each change in one write transaction with its audit entry.
package struct PostgresOfficerStore: OfficerStore {
    let registry: PostgresRegistry

    package func officers() async throws -> [Officer] {
        try await registry.read { connection in
            try await Self.officers(
                connection,
                "SELECT id, name, district_code, active, created_at, created_by, deactivated_at, deactivated_by FROM officer ORDER BY id"
            )
        }
    }

    package func officer(id: String) async throws -> Officer? {
        try await registry.read { connection in try await Self.officer(connection, id: id) }
    }

    package func hasOfficers() async throws -> Bool {
        try await registry.read { connection in try await Self.hasOfficers(connection) }
    }

    package func checkWriter(_ officer: String?) async throws {
        let name = officer?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        if Officer.reservedIDs.contains(name) {
            throw OfficerError.invalidID(name, Officer.problem(withID: name) ?? LocalizedText(zh: "", en: ""))
        }
        _ = try await registry.read { connection in
            try await Self.authority(connection, officer: name.isEmpty ? "system" : name)
        }
    }

    @discardableResult
    package func addOfficer(id: String, name: String, districtCode: String?, by: String?, reason: String = "")
        async throws -> Officer
    {
        let addition = try OfficerRules.addition(
            id: id, name: name, by: by, reason: reason, hasOfficers: try await hasOfficers())
        return try await registry.write(officer: addition.creatorID, reason: addition.reason) { connection, log in
            let authority = try await Self.authority(connection, officer: addition.creatorID)
            var level: String? = nil
            if let districtCode {
                level = try await connection.values(
                    "SELECT level FROM division WHERE code = \(districtCode)", as: String.self
                ).first
            }
            try OfficerRules.checkAddition(
                authority: authority, hasOfficers: try await Self.hasOfficers(connection), districtCode: districtCode,
                districtLevel: level, existing: try await Self.officer(connection, id: addition.id), id: addition.id)
            let officer = Officer(
                id: addition.id, name: addition.name, districtCode: districtCode, createdAt: log.at,
                createdBy: addition.creatorID)
            try await connection.run(
                """
                INSERT INTO officer (id, name, district_code, active, created_at, created_by)
                VALUES (\(officer.id), \(officer.name), \(officer.districtCode), true, \(officer.createdAt), \(officer.createdBy))
                """)
            try await log.append(
                connection, action: "officer.add", entityType: "officer", entityID: officer.id, before: nil,
                after: officer.jsonText)
            return officer
        }
    }

    @discardableResult
    package func deactivateOfficer(id: String, by: String, reason: String = "") async throws -> Officer {
        let by = try OfficerRules.deactivator(by)
        return try await registry.write(officer: by, reason: reason) { connection, log in
            let authority = try await Self.authority(connection, officer: by)
            let before = try await Self.officer(connection, id: id)
            let cityOfficers =
                try await connection.values(
                    "SELECT count(*) FROM officer WHERE active AND district_code IS NULL", as: Int.self
                ).first ?? 0
            let after = try OfficerRules.deactivation(
                authority: authority, by: by, id: id, target: before, activeCityOfficers: { cityOfficers }, at: log.at)
            try await connection.run(
                """
                UPDATE officer SET active = false, deactivated_at = \(after.deactivatedAt), deactivated_by = \(after.deactivatedBy)
                WHERE id = \(id)
                """)
            try await log.append(
                connection, action: "officer.deactivate", entityType: "officer", entityID: id,
                before: before?.jsonText, after: after.jsonText)
            return after
        }
    }

    package func issueOfficerToken(
        officerID: String, days: Int = OfficerToken.defaultDays, by: String, reason: String = ""
    )
        async throws -> (token: OfficerToken, secret: String)
    {
        let (officerID, by) = try OfficerRules.tokenIssue(officerID: officerID, days: days, by: by)
        let clock = registry.clock
        let issued = try await registry.write(officer: by, reason: reason) { connection, log -> Issued in
            try OfficerRules.checkTokenManager(
                authority: try await Self.authority(connection, officer: by), owner: officerID)
            guard let owner = try await Self.officer(connection, id: officerID) else {
                throw OfficerError.unknownOfficer(officerID)
            }
            guard owner.isActive else { throw OfficerError.inactiveOfficer(officerID) }
            let (id, secret) = OfficerToken.generate()
            let expires = RegistryClock.timestamp(clock.now().addingTimeInterval(Double(days) * 86_400))
            let token = OfficerToken(id: id, officerID: officerID, issuedAt: log.at, issuedBy: by, expiresAt: expires)
            try await connection.run(
                """
                INSERT INTO officer_token (id, officer_id, sha256, issued_at, issued_by, expires_at)
                VALUES (\(token.id), \(token.officerID), \(OfficerToken.digest(secret)), \(token.issuedAt),
                        \(token.issuedBy), \(token.expiresAt))
                """)
            try await log.append(
                connection, action: "officer_token.issue", entityType: "officer_token", entityID: id, before: nil,
                after: token.jsonText)
            return Issued(token: token, secret: secret)
        }
        return (issued.token, issued.secret)
    }

    package func officerTokens(officerID: String? = nil) async throws -> [OfficerToken] {
        try await registry.read { connection in
            let query: PostgresQuery =
                """
                SELECT id, officer_id, issued_at, issued_by, expires_at, revoked_at, revoked_by FROM officer_token
                WHERE \(officerID)::text IS NULL OR officer_id = \(officerID) ORDER BY issued_at, id
                """
            return try await Self.tokens(connection, query)
        }
    }

    @discardableResult
    package func revokeOfficerToken(id: String, by: String, reason: String = "") async throws -> OfficerToken {
        let id = id.trimmingCharacters(in: .whitespaces)
        let by = try OfficerRules.deactivator(by)
        return try await registry.write(officer: by, reason: reason) { connection, log in
            guard let before = try await Self.token(connection, id: id) else {
                throw OfficerTokenError.unknownToken(id)
            }
            try OfficerRules.checkTokenManager(
                authority: try await Self.authority(connection, officer: by), owner: before.officerID)
            guard before.revokedAt == nil else { throw OfficerTokenError.alreadyRevoked(id) }
            var after = before
            after.revokedAt = log.at
            after.revokedBy = by
            try await connection.run(
                "UPDATE officer_token SET revoked_at = \(log.at), revoked_by = \(by) WHERE id = \(id)")
            try await log.append(
                connection, action: "officer_token.revoke", entityType: "officer_token", entityID: id,
                before: before.jsonText, after: after.jsonText)
            return after
        }
    }

    package func authenticateOfficerToken(_ secret: String) async throws -> (officer: Officer, token: OfficerToken) {
        guard OfficerRules.mayBeToken(secret) else { throw OfficerTokenError.invalidToken }
        let digest = OfficerToken.digest(secret)
        let now = registry.clock.timestamp()
        let found = try await registry.read { connection -> Authenticated? in
            guard
                let token = try await Self.tokens(
                    connection,
                    """
                    SELECT id, officer_id, issued_at, issued_by, expires_at, revoked_at, revoked_by FROM officer_token
                    WHERE sha256 = \(digest)
                    """
                ).first,
                token.isUsable(at: now),
                let officer = try await Self.officer(connection, id: token.officerID), officer.isActive
            else { return nil }
            return Authenticated(officer: officer, token: token)
        }
        guard let found else { throw OfficerTokenError.invalidToken }
        return (found.officer, found.token)
    }

    private struct Issued: Sendable {
        var token: OfficerToken
        var secret: String
    }

    private struct Authenticated: Sendable {
        var officer: Officer
        var token: OfficerToken
    }

    // MARK: - Inside a transaction

    /// Who may write now (`OfficerAuthority.resolve`, the rule the SQLite store applies too).
    static func authority(_ connection: PostgresConnection, officer id: String) async throws -> OfficerAuthority {
        let has = try await hasOfficers(connection)
        let registered =
            has ? try await officer(connection, id: id.trimmingCharacters(in: .whitespacesAndNewlines)) : nil
        return try OfficerAuthority.resolve(officer: id, hasOfficers: has) { _ in registered }
    }

    static func hasOfficers(_ connection: PostgresConnection) async throws -> Bool {
        try await connection.values("SELECT EXISTS (SELECT 1 FROM officer)", as: Bool.self).first ?? false
    }

    static func officer(_ connection: PostgresConnection, id: String) async throws -> Officer? {
        try await officers(
            connection,
            """
            SELECT id, name, district_code, active, created_at, created_by, deactivated_at, deactivated_by
            FROM officer WHERE id = \(id)
            """
        ).first
    }

    static func officers(_ connection: PostgresConnection, _ query: PostgresQuery) async throws -> [Officer] {
        var officers: [Officer] = []
        let rows = try await connection.query(query, logger: PostgresRegistry.logger)
        for try await (id, name, district, active, createdAt, createdBy, deactivatedAt, deactivatedBy) in rows.decode(
            (String, String, String?, Bool, String, String, String?, String?).self)
        {
            officers.append(
                Officer(
                    id: id, name: name, districtCode: district, isActive: active, createdAt: createdAt,
                    createdBy: createdBy, deactivatedAt: deactivatedAt, deactivatedBy: deactivatedBy))
        }
        return officers
    }

    static func token(_ connection: PostgresConnection, id: String) async throws -> OfficerToken? {
        try await tokens(
            connection,
            """
            SELECT id, officer_id, issued_at, issued_by, expires_at, revoked_at, revoked_by FROM officer_token
            WHERE id = \(id)
            """
        ).first
    }

    static func tokens(_ connection: PostgresConnection, _ query: PostgresQuery) async throws -> [OfficerToken] {
        var tokens: [OfficerToken] = []
        let rows = try await connection.query(query, logger: PostgresRegistry.logger)
        for try await (id, officerID, issuedAt, issuedBy, expiresAt, revokedAt, revokedBy) in rows.decode(
            (String, String, String, String, String, String?, String?).self)
        {
            tokens.append(
                OfficerToken(
                    id: id, officerID: officerID, issuedAt: issuedAt, issuedBy: issuedBy, expiresAt: expiresAt,
                    revokedAt: revokedAt, revokedBy: revokedBy))
        }
        return tokens
    }
}

extension PostgresRegistry {
    /// Registered officers.
    package var officers: PostgresOfficerStore { PostgresOfficerStore(registry: self) }
}
