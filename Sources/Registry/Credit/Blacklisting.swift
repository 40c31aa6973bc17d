/// 列入失信名单 (黑名单): an operator publicly listed because of one breach. Listed on the breach
/// day; public at least until `minimumEnd` and at most until `maximumEnd`, after which it lapses
/// by itself; ended earlier only by repair (信用修复) on or after `minimumEnd`.
public struct Blacklisting: Sendable, Equatable, Codable {
    public var id: Int64
    public var operatorUSCC: String
    public var breachID: Int64
    public var listedOn: LocalDate
    public var minimumEnd: LocalDate
    public var maximumEnd: LocalDate
    /// The parameters' legal basis, as in force on the breach day.
    public var basis: String
    public var endedOn: LocalDate?
    /// `repaired` when ended by repair (a lapse is not stored: it follows from `maximumEnd`).
    public var endedHow: String?
    public var repairPledgeID: Int64?

    /// Whether the operator is on the list on `date`: listed by then, not ended by repair on or
    /// before it, and not past the maximum period.
    public func isActive(on date: LocalDate) -> Bool {
        guard listedOn <= date, date <= maximumEnd else { return false }
        if let endedOn, endedOn <= date { return false }
        return true
    }

    /// The last day it is public as known on `date`: the repair day once repaired by then, else
    /// the maximum end (a repair recorded for a later day is not yet known on `date`).
    public func publicUntil(asOf date: LocalDate) -> LocalDate {
        if let endedOn, endedOn <= date { return endedOn }
        return maximumEnd
    }

    /// Where it stands on `date`.
    public func state(on date: LocalDate) -> BlacklistingState {
        if date < listedOn { return .notYetListed }
        if let endedOn, endedOn <= date { return .repaired }
        if date > maximumEnd { return .lapsed }
        return .active
    }

    var jsonText: String {
        JSONValue.members([
            JSONMember("basis", .string(basis)), JSONMember("breach_id", .int(breachID)),
            JSONMember("ended_how", .optional(endedHow)), JSONMember("ended_on", .optional(endedOn)),
            JSONMember("id", .int(id)), JSONMember("listed_on", .string(listedOn.description)),
            JSONMember("maximum_end", .string(maximumEnd.description)),
            JSONMember("minimum_end", .string(minimumEnd.description)),
            JSONMember("operator_uscc", .string(operatorUSCC)),
            JSONMember("repair_pledge_id", repairPledgeID.map { .int($0) } ?? .null),
        ]).canonicalText
    }
}
