/// What a recognition step did: the event recorded, the recognition as it now stands, and the
/// steps allowed next.
public struct RecognitionStepResult: Sendable, Equatable {
    public let outletID: String
    public let event: RecognitionEvent
    public let certification: Certification
    /// The steps allowed from the new status.
    public let next: [RecognitionAction]
    /// A notice's last day and the earliest decision date.
    public var noticeLastDay: LocalDate?
    public var earliestDecision: LocalDate?
    /// Years a working-day count ran through that the holiday calendar does not cover.
    public var uncoveredYears: [Int] = []
    /// A verification run attached (review), with whether the outlet was eligible in it and
    /// its failing block rules.
    public var runID: Int64?
    public var eligible: Bool?
    public var failingBlockRules: [String] = []
    /// The badge number voided by a re-issue.
    public var voidedBadge: String?

    init(outletID: String, event: RecognitionEvent, certification: Certification) {
        self.outletID = outletID
        self.event = event
        self.certification = certification
        self.next = RecognitionTransitions.allowed(from: certification.status)
    }
}
