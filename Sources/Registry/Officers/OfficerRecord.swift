import GRDB

/// A row of `officer` as stored (`active` 0/1).
struct OfficerRecord: Codable, Sendable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "officer"

    var id: String
    var name: String
    var districtCode: String?
    var active: Bool
    var createdAt: String
    var createdBy: String
    var deactivatedAt: String?
    var deactivatedBy: String?

    enum CodingKeys: String, CodingKey {
        case id, name
        case districtCode = "district_code"
        case active
        case createdAt = "created_at"
        case createdBy = "created_by"
        case deactivatedAt = "deactivated_at"
        case deactivatedBy = "deactivated_by"
    }

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let districtCode = Column(CodingKeys.districtCode)
        static let active = Column(CodingKeys.active)
        static let deactivatedAt = Column(CodingKeys.deactivatedAt)
        static let deactivatedBy = Column(CodingKeys.deactivatedBy)
    }

    init(_ officer: Officer) {
        id = officer.id
        name = officer.name
        districtCode = officer.districtCode
        active = officer.isActive
        createdAt = officer.createdAt
        createdBy = officer.createdBy
        deactivatedAt = officer.deactivatedAt
        deactivatedBy = officer.deactivatedBy
    }

    /// The officer as callers see it.
    var officer: Officer {
        Officer(
            id: id, name: name, districtCode: districtCode, isActive: active, createdAt: createdAt,
            createdBy: createdBy,
            deactivatedAt: deactivatedAt, deactivatedBy: deactivatedBy)
    }
}

/// A row of `officer_token`: the token's SHA-256 is stored, never the token; `token` leaves the
/// hash out.
struct OfficerTokenRecord: Codable, Sendable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "officer_token"

    var id: String
    var officerID: String
    var sha256: String
    var issuedAt: String
    var issuedBy: String
    var expiresAt: String
    var revokedAt: String?
    var revokedBy: String?

    enum CodingKeys: String, CodingKey {
        case id
        case officerID = "officer_id"
        case sha256
        case issuedAt = "issued_at"
        case issuedBy = "issued_by"
        case expiresAt = "expires_at"
        case revokedAt = "revoked_at"
        case revokedBy = "revoked_by"
    }

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let officerID = Column(CodingKeys.officerID)
        static let sha256 = Column(CodingKeys.sha256)
        static let issuedAt = Column(CodingKeys.issuedAt)
        static let revokedAt = Column(CodingKeys.revokedAt)
        static let revokedBy = Column(CodingKeys.revokedBy)
    }

    init(_ token: OfficerToken, sha256: String) {
        id = token.id
        officerID = token.officerID
        self.sha256 = sha256
        issuedAt = token.issuedAt
        issuedBy = token.issuedBy
        expiresAt = token.expiresAt
        revokedAt = token.revokedAt
        revokedBy = token.revokedBy
    }

    /// The token as callers see it (without its hash).
    var token: OfficerToken {
        OfficerToken(
            id: id, officerID: officerID, issuedAt: issuedAt, issuedBy: issuedBy, expiresAt: expiresAt,
            revokedAt: revokedAt, revokedBy: revokedBy)
    }
}
