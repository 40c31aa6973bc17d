import Foundation

/// The recognition (认定) workflow's decisions, as pure functions of what the store loaded: is a
/// step allowed, on which day, how long the public notice (公示) runs, may the decision be taken
/// yet, how long the recognition is valid, when a periodic review (复核) may renew it, and when a
/// lapse takes effect (docs/RECOGNITION.md). The store loads the outlet, its current recognition
/// and its last step, calls these, and writes what they decided; nothing here reads a database.
public enum RecognitionRules {
    /// The public notice of a recognition: its first day, its last day, and the first day a
    /// decision may be taken (the day after the last).
    public struct Notice: Sendable, Equatable {
        public let firstDay: LocalDate
        public let lastDay: LocalDate
        /// Years the holiday calendar does not cover (counted Monday–Friday), if the notice ran into any.
        public let uncoveredYears: [Int]

        public init(firstDay: LocalDate, lastDay: LocalDate, uncoveredYears: [Int] = []) {
            self.firstDay = firstDay
            self.lastDay = lastDay
            self.uncoveredYears = uncoveredYears
        }

        /// The first day a decision may be taken.
        public var earliestDecision: LocalDate { lastDay.adding(days: 1) }

        /// Whether `day` falls within the notice (an objection may be recorded).
        public func contains(_ day: LocalDate) -> Bool { firstDay <= day && day <= lastDay }
    }

    /// Where `action` leads from the current status; refused, naming the allowed steps, when the
    /// state machine (`RecognitionTransitions`) does not allow it.
    public static func target(
        of action: RecognitionAction, from status: CertificationStatus?, outlet: String
    ) throws(RecognitionError) -> CertificationStatus {
        guard let target = RecognitionTransitions.target(of: action, from: status) else {
            throw .illegalTransition(
                outlet: outlet, status: status, action: action, allowed: RecognitionTransitions.allowed(from: status))
        }
        return target
    }

    /// A step is dated no later than today and no earlier than the recognition's previous step.
    public static func checkDay(
        _ day: LocalDate, today: LocalDate, previous: (action: RecognitionAction, on: LocalDate)?
    ) throws(RecognitionError) {
        guard day <= today else { throw .futureDate(day, today: today) }
        if let previous, day < previous.on {
            throw .beforePreviousStep(day, previous: previous.on, action: previous.action)
        }
    }

    /// The notice published on `day`, lasting `workingDays` working days by `calendar` (`day`
    /// itself counted if it is a working day).
    public static func notice(startingOn day: LocalDate, workingDays: Int, calendar: WorkingDayCalendar) -> Notice {
        let count = calendar.lastDay(ofWorkingDays: workingDays, startingOn: day)
        return Notice(firstDay: day, lastDay: count.date, uncoveredYears: count.uncoveredYears)
    }

    /// A notice needs an eligible verification run, or an override saying why not (an override
    /// that is only spaces is no reason).
    public static func checkNotice(
        outlet: String, run: Int64, eligible: Bool, failingRules: [String], override: String?
    ) throws(RecognitionError) {
        if let override, override.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw .missingText(field: "--override")
        }
        if !eligible, override == nil { throw .blockRulesFail(outlet: outlet, run: run, rules: failingRules) }
    }

    /// An objection is recorded only during the notice.
    public static func checkObjection(outlet: String, on day: LocalDate, notice: Notice) throws(RecognitionError) {
        guard notice.contains(day) else {
            throw .outsideNotice(outlet: outlet, from: notice.firstDay, lastDay: notice.lastDay)
        }
    }

    /// A decision after a notice waits for its end; an approval with objections on record needs
    /// a reason saying how they were resolved. (A rejection straight from review has no notice.)
    public static func checkDecision(
        outlet: String, approve: Bool, on day: LocalDate, notice: Notice?, objections: Int, reason: String
    ) throws(RecognitionError) {
        guard let notice else { return }
        guard day >= notice.earliestDecision else {
            throw .noticeNotOver(outlet: outlet, lastDay: notice.lastDay, earliest: notice.earliestDecision)
        }
        if approve, objections > 0, reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw .objectionsNeedReason(outlet: outlet, count: objections)
        }
    }

    /// The last day of a recognition approved on `day` and valid for `months` months.
    public static func validTo(approvedOn day: LocalDate, months: Int) -> LocalDate {
        day.lastDay(ofMonths: months)
    }

    /// A periodic review passed on `day` extends the validity by `months` months from its current
    /// end; it is recorded from `windowDays` before the end up to the end itself.
    public static func renewedValidTo(
        outlet: String, validTo: LocalDate, on day: LocalDate, windowDays: Int, months: Int
    ) throws(RecognitionError) -> LocalDate {
        let earliest = validTo.adding(days: -windowDays)
        guard earliest <= day, day <= validTo else {
            throw .renewalOutsideWindow(outlet: outlet, validTo: validTo, earliest: earliest)
        }
        return validTo.adding(days: 1).lastDay(ofMonths: months)
    }

    /// Whether a certified recognition has lapsed by `day` (its validity ended before it).
    public static func hasLapsed(validTo: LocalDate, by day: LocalDate) -> Bool { validTo < day }

    /// The day a lapse takes effect: the day after the validity's last day, or the recognition's
    /// last step if that came later (a step never goes before the one it follows).
    public static func expiryTakesEffect(validTo: LocalDate, lastStepOn: LocalDate?) -> LocalDate {
        max(validTo.adding(days: 1), lastStepOn ?? validTo.adding(days: 1))
    }

    /// The day an automatic suspension takes effect: its cause's day, or the recognition's last
    /// step if that came later.
    public static func suspensionTakesEffect(on day: LocalDate, lastStepOn: LocalDate?) -> LocalDate {
        max(day, lastStepOn ?? day)
    }
}
