/// An on-site inspection of an outlet (DOMAIN.md: at least one a year; records kept 5 years).
/// Append-only.
public struct Inspection: Sendable, Equatable, Codable {
    public var id: Int64
    public var outletID: String
    public var inspectedOn: LocalDate
    public var result: InspectionResult
    public var notes: String?
    public var recordedBy: String
    public var recordedAt: String

    var jsonText: String {
        JSONValue.members([
            JSONMember("id", .int(id)), JSONMember("inspected_on", .string(inspectedOn.description)),
            JSONMember("notes", .optional(notes)), JSONMember("outlet_id", .string(outletID)),
            JSONMember("recorded_at", .string(recordedAt)), JSONMember("recorded_by", .string(recordedBy)),
            JSONMember("result", .string(result.rawValue)),
        ]).canonicalText
    }
}
