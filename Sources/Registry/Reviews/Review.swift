/// A resident's review of an outlet (好差评), recorded by an officer. A bad review (1–2) carries
/// the follow-up deadline (`followUpDue`, counted in working days from the review day by the
/// parameter in force then) and, later, its follow-up and rectification.
public struct Review: Sendable, Equatable, Codable {
    public var id: Int64
    public var outletID: String
    public var score: ReviewScore
    public var reviewedOn: LocalDate
    public var text: String?
    public var followUpDue: LocalDate?
    public var followUpOn: LocalDate?
    public var followUpText: String?
    public var rectifiedOn: LocalDate?
    public var recordedBy: String
    public var recordedAt: String

    /// A bad review not rectified on or before `date` (counted only once the review exists).
    public func isOpen(on date: LocalDate) -> Bool {
        guard score.isBad, reviewedOn <= date else { return false }
        return rectifiedOn.map { $0 > date } ?? true
    }

    /// An open bad review whose deadline passed before `date` (the deadline day itself is
    /// still in time).
    public func isOverdue(on date: LocalDate) -> Bool {
        guard isOpen(on: date), let due = followUpDue else { return false }
        return due < date
    }

    var jsonText: String {
        JSONValue.members([
            JSONMember("follow_up_due", .optional(followUpDue)), JSONMember("follow_up_on", .optional(followUpOn)),
            JSONMember("follow_up_text", .optional(followUpText)), JSONMember("id", .int(id)),
            JSONMember("outlet_id", .string(outletID)), JSONMember("recorded_at", .string(recordedAt)),
            JSONMember("recorded_by", .string(recordedBy)), JSONMember("rectified_on", .optional(rectifiedOn)),
            JSONMember("reviewed_on", .string(reviewedOn.description)),
            JSONMember("score", .int(Int64(score.rawValue))),
            JSONMember("text", .optional(text)),
        ]).canonicalText
    }
}
