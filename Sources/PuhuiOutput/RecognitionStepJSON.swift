import Registry

/// One recognition step in `--format json`: the event, the recognition as it now stands, the
/// next allowed steps and the step's particulars.
package struct RecognitionStepJSON: Encodable {
    let outlet: String
    let event: RecognitionEventJSON
    let certification: Certification
    let next: [String]
    let noticeLastDay: LocalDate?
    let earliestDecision: LocalDate?
    let uncoveredYears: [Int]
    let run: Int64?
    let eligible: Bool?
    let failingBlockRules: [String]
    let voidedBadge: String?

    package init(_ result: RecognitionStepResult) {
        outlet = result.outletID
        event = RecognitionEventJSON(result.event)
        certification = result.certification
        next = result.next.map(\.rawValue)
        noticeLastDay = result.noticeLastDay
        earliestDecision = result.earliestDecision
        uncoveredYears = result.uncoveredYears
        run = result.runID
        eligible = result.eligible
        failingBlockRules = result.failingBlockRules
        voidedBadge = result.voidedBadge
    }

    enum CodingKeys: String, CodingKey {
        case outlet, event, certification, next, run, eligible
        case noticeLastDay = "notice_last_day"
        case earliestDecision = "earliest_decision"
        case uncoveredYears = "uncovered_years"
        case failingBlockRules = "failing_block_rules"
        case voidedBadge = "voided_badge"
    }
}
