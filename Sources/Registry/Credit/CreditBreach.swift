/// 失信行为: a breach found at an outlet of an operator, with its category and evidence, linked
/// to the outlet's pledge current on the day (when there was one). Append-only.
public struct CreditBreach: Sendable, Equatable, Codable {
    public var id: Int64
    public var operatorUSCC: String
    public var outletID: String
    public var pledgeID: Int64?
    public var category: BreachCategory
    public var evidence: String
    public var occurredOn: LocalDate
    public var recordedBy: String
    public var recordedAt: String

    var jsonText: String {
        JSONValue.members([
            JSONMember("category", .string(category.rawValue)), JSONMember("evidence", .string(evidence)),
            JSONMember("id", .int(id)), JSONMember("occurred_on", .string(occurredOn.description)),
            JSONMember("operator_uscc", .string(operatorUSCC)), JSONMember("outlet_id", .string(outletID)),
            JSONMember("pledge_id", pledgeID.map { .int($0) } ?? .null), JSONMember("recorded_at", .string(recordedAt)),
            JSONMember("recorded_by", .string(recordedBy)),
        ]).canonicalText
    }
}
