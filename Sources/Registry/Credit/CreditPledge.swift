/// 信用承诺: a signed pledge of an operator — for one outlet (`kind` pledge), or to repair its
/// credit after a blacklisting (`kind` repair, no outlet). Append-only; withdrawn at most once.
public struct CreditPledge: Sendable, Equatable, Codable {
    public var id: Int64
    public var kind: PledgeKind
    public var operatorUSCC: String
    /// The outlet's public id (nil for a repair pledge).
    public var outletID: String?
    public var templateID: String
    public var templateVersion: Int
    /// SHA-256 of the template's bytes as signed.
    public var textSHA256: String
    public var signatory: String
    public var signatoryRole: SignatoryRole
    public var signedOn: LocalDate
    public var withdrawnOn: LocalDate?
    public var recordedBy: String
    public var recordedAt: String

    /// Whether the pledge counts on `date`: signed on or before it, not withdrawn by then, and
    /// its template version still accepted. (Being the latest is checked by the caller: a newer
    /// pledge of the same outlet supersedes it.)
    public func isInForce(on date: LocalDate, templates: PledgeTemplates) -> Bool {
        guard signedOn <= date else { return false }
        if let withdrawnOn, withdrawnOn <= date { return false }
        return templates.template(id: templateID, version: templateVersion)?.isAccepted(on: date) ?? false
    }

    /// The audit log's JSON.
    var jsonText: String {
        JSONValue.members([
            JSONMember("id", .int(id)), JSONMember("kind", .string(kind.rawValue)),
            JSONMember("operator_uscc", .string(operatorUSCC)), JSONMember("outlet_id", .optional(outletID)),
            JSONMember("recorded_at", .string(recordedAt)), JSONMember("recorded_by", .string(recordedBy)),
            JSONMember("signatory", .string(signatory)), JSONMember("signatory_role", .string(signatoryRole.rawValue)),
            JSONMember("signed_on", .string(signedOn.description)), JSONMember("template_id", .string(templateID)),
            JSONMember("template_version", .int(Int64(templateVersion))),
            JSONMember("text_sha256", .string(textSHA256)),
            JSONMember("withdrawn_on", .optional(withdrawnOn)),
        ]).canonicalText
    }
}
