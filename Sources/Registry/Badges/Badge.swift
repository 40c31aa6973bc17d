/// 统一标识: a badge as the registry holds it, with what a resident checking it needs to see —
/// the outlet, its operator, the level, the validity, its live status on a day and the last
/// verification run of the outlet.
public struct Badge: Sendable, Equatable {
    public let number: String
    public let outletID: String
    public let outletName: String
    public let outletAddress: String
    public let districtCode: String
    public let operatorName: String?
    public let operatorUSCC: String
    public let level: CertificationLevel
    public let validFrom: LocalDate
    public let validTo: LocalDate
    public let issuedOn: LocalDate?
    public let voidedOn: LocalDate?
    public let voidReason: String?
    public let replacedBy: String?
    /// The recognition's status as recorded.
    public let recognitionStatus: CertificationStatus
    /// The live status on `asOf`.
    public let status: BadgeStatus
    public let asOf: LocalDate
    /// The latest stored verification run that covered the outlet: its id and as-of day.
    public let lastVerificationRun: Int64?
    public let lastVerificationOn: LocalDate?

    /// The fields a signed token carries.
    public var tokenPayload: BadgeToken.Payload {
        BadgeToken.Payload(number: number, outletID: outletID, level: level, validFrom: validFrom, validTo: validTo)
    }
}
