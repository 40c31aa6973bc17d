import Testing

@testable import Registry

/// The recognition workflow's decisions without a database (`RecognitionRules`, `BadgeStatus.live`).
@Suite("Recognition rules (pure)")
struct RecognitionRulesTests {
    static func day(_ text: String) -> LocalDate { LocalDate(iso: text)! }

    @Test("every status allows exactly its steps; others are refused naming the allowed ones")
    func transitions() {
        let statuses: [CertificationStatus?] = [nil] + CertificationStatus.allCases.map { $0 }
        for status in statuses {
            for action in RecognitionAction.allCases where action != .imported {
                let allowed = RecognitionTransitions.allowed(from: status)
                do {
                    let to = try RecognitionRules.target(of: action, from: status, outlet: "NT-0001")
                    #expect(allowed.contains(action), "\(action) from \(String(describing: status)) → \(to)")
                } catch {
                    #expect(!allowed.contains(action))
                    #expect(
                        error == .illegalTransition(outlet: "NT-0001", status: status, action: action, allowed: allowed)
                    )
                }
            }
        }
    }

    @Test func stepDays() throws {
        let today = Self.day("2026-11-30")
        try RecognitionRules.checkDay(today, today: today, previous: (.apply, Self.day("2026-11-02")))
        #expect(throws: RecognitionError.futureDate(Self.day("2026-12-01"), today: today)) {
            try RecognitionRules.checkDay(Self.day("2026-12-01"), today: today, previous: nil)
        }
        #expect(
            throws: RecognitionError.beforePreviousStep(
                Self.day("2026-11-01"), previous: Self.day("2026-11-02"), action: .apply)
        ) {
            try RecognitionRules.checkDay(
                Self.day("2026-11-01"), today: today, previous: (.apply, Self.day("2026-11-02")))
        }
    }

    @Test("a notice counts working days by the holiday calendar: National Day 2026 is skipped")
    func noticeSkipsHolidays() throws {
        let calendar = try WorkingDayCalendar.embedded()
        // 2026-09-30 (Wed) is a working day; from 10-01 the National Day holiday (Seed/calendar).
        let notice = RecognitionRules.notice(startingOn: Self.day("2026-09-30"), workingDays: 5, calendar: calendar)
        #expect(notice.firstDay == Self.day("2026-09-30"))
        #expect(notice.lastDay > Self.day("2026-10-07"))
        #expect(calendar.workingDays(after: Self.day("2026-09-29"), through: notice.lastDay) == 5)
        #expect(notice.earliestDecision == notice.lastDay.adding(days: 1))
        #expect(notice.uncoveredYears.isEmpty)
        let beyond = RecognitionRules.notice(startingOn: Self.day("2031-03-03"), workingDays: 5, calendar: calendar)
        #expect(beyond.lastDay == Self.day("2031-03-07"))
        #expect(beyond.uncoveredYears == [2031])
    }

    @Test func noticeNeedsAnEligibleRunOrAnOverride() throws {
        try RecognitionRules.checkNotice(outlet: "NT-1", run: 3, eligible: true, failingRules: [], override: nil)
        try RecognitionRules.checkNotice(
            outlet: "NT-1", run: 3, eligible: false, failingRules: ["CC-01"], override: "整改已核实")
        #expect(throws: RecognitionError.blockRulesFail(outlet: "NT-1", run: 3, rules: ["CC-01"])) {
            try RecognitionRules.checkNotice(
                outlet: "NT-1", run: 3, eligible: false, failingRules: ["CC-01"], override: nil)
        }
        #expect(throws: RecognitionError.missingText(field: "--override")) {
            try RecognitionRules.checkNotice(
                outlet: "NT-1", run: 3, eligible: false, failingRules: ["CC-01"], override: "  ")
        }
    }

    @Test("objections only within the notice; a decision only after it, with a reason if objected")
    func objectionsAndDecision() throws {
        let notice = RecognitionRules.Notice(firstDay: Self.day("2026-11-02"), lastDay: Self.day("2026-11-06"))
        try RecognitionRules.checkObjection(outlet: "NT-1", on: Self.day("2026-11-06"), notice: notice)
        #expect(throws: RecognitionError.outsideNotice(outlet: "NT-1", from: notice.firstDay, lastDay: notice.lastDay))
        {
            try RecognitionRules.checkObjection(outlet: "NT-1", on: Self.day("2026-11-07"), notice: notice)
        }
        #expect(
            throws: RecognitionError.noticeNotOver(
                outlet: "NT-1", lastDay: notice.lastDay, earliest: Self.day("2026-11-07"))
        ) {
            try RecognitionRules.checkDecision(
                outlet: "NT-1", approve: true, on: Self.day("2026-11-06"), notice: notice, objections: 0, reason: "")
        }
        try RecognitionRules.checkDecision(
            outlet: "NT-1", approve: true, on: Self.day("2026-11-07"), notice: notice, objections: 0, reason: "")
        #expect(throws: RecognitionError.objectionsNeedReason(outlet: "NT-1", count: 2)) {
            try RecognitionRules.checkDecision(
                outlet: "NT-1", approve: true, on: Self.day("2026-11-09"), notice: notice, objections: 2, reason: " ")
        }
        try RecognitionRules.checkDecision(
            outlet: "NT-1", approve: false, on: Self.day("2026-11-09"), notice: notice, objections: 2, reason: "")
        try RecognitionRules.checkDecision(
            outlet: "NT-1", approve: true, on: Self.day("2026-11-09"), notice: notice, objections: 2, reason: "已核实")
        // A rejection straight from review has no notice to wait for.
        try RecognitionRules.checkDecision(
            outlet: "NT-1", approve: false, on: Self.day("2026-11-01"), notice: nil, objections: 0, reason: "")
    }

    @Test(arguments: [
        ("2026-11-29", 36, "2029-11-28"), ("2024-02-29", 12, "2025-02-28"), ("2025-08-31", 1, "2025-09-30"),
    ])
    func validity(from: String, months: Int, to: String) {
        #expect(RecognitionRules.validTo(approvedOn: Self.day(from), months: months) == Self.day(to))
    }

    @Test("renewal within the window extends from the old end; outside it is refused")
    func renewal() throws {
        let end = Self.day("2026-12-31")
        let renewed = try RecognitionRules.renewedValidTo(
            outlet: "NT-1", validTo: end, on: Self.day("2026-10-02"), windowDays: 90, months: 36)
        #expect(renewed == Self.day("2029-12-31"))
        #expect(
            throws: RecognitionError.renewalOutsideWindow(
                outlet: "NT-1", validTo: end, earliest: Self.day("2026-10-02"))
        ) {
            try RecognitionRules.renewedValidTo(
                outlet: "NT-1", validTo: end, on: Self.day("2026-10-01"), windowDays: 90, months: 36)
        }
        #expect(throws: RecognitionError.self) {
            try RecognitionRules.renewedValidTo(
                outlet: "NT-1", validTo: end, on: Self.day("2027-01-01"), windowDays: 90, months: 36)
        }
    }

    @Test func lapses() {
        let end = Self.day("2026-06-30")
        #expect(!RecognitionRules.hasLapsed(validTo: end, by: end))
        #expect(RecognitionRules.hasLapsed(validTo: end, by: Self.day("2026-07-01")))
        #expect(
            RecognitionRules.expiryTakesEffect(validTo: end, lastStepOn: Self.day("2026-01-02"))
                == Self.day("2026-07-01"))
        #expect(
            RecognitionRules.expiryTakesEffect(validTo: end, lastStepOn: Self.day("2026-07-09"))
                == Self.day("2026-07-09"))
        #expect(
            RecognitionRules.suspensionTakesEffect(on: Self.day("2026-03-01"), lastStepOn: Self.day("2026-03-04"))
                == Self.day("2026-03-04"))
        #expect(
            RecognitionRules.suspensionTakesEffect(on: Self.day("2026-03-05"), lastStepOn: nil)
                == Self.day("2026-03-05"))
    }

    @Test("a badge's live status: void, not yet valid, then the recognition's standing")
    func badgeStatus() {
        let from = Self.day("2025-01-10")
        let to = Self.day("2028-01-09")
        func live(_ day: String, voided: String? = nil, _ recognition: CertificationStatus) -> BadgeStatus {
            BadgeStatus.live(
                on: Self.day(day), voidedOn: voided.map(Self.day), issuedOn: from, validFrom: from, validTo: to,
                recognition: recognition)
        }
        #expect(live("2026-01-01", .certified) == .valid)
        #expect(live("2028-01-09", .certified) == .valid)
        #expect(live("2028-01-10", .certified) == .expired)
        #expect(live("2025-01-09", .certified) == .notYetValid)
        #expect(live("2026-01-01", .suspended) == .suspended)
        #expect(live("2026-01-01", .revoked) == .revoked)
        #expect(live("2026-01-01", .expired) == .expired)
        #expect(live("2026-01-01", voided: "2026-01-01", .certified) == .void)
        #expect(live("2025-12-31", voided: "2026-01-01", .certified) == .valid)
        for pending in [CertificationStatus.applied, .underReview, .inNotice, .rejected] {
            #expect(live("2026-01-01", pending) == .notYetValid)
        }
    }
}

/// Credit, review and scope decisions without a database.
@Suite("Credit and scope rules (pure)")
struct CreditRulesTests {
    static func day(_ text: String) -> LocalDate { LocalDate(iso: text)! }

    static func listing(min: String = "2026-04-30", max: String = "2028-11-30", ended: String? = nil) -> Blacklisting {
        Blacklisting(
            id: 7, operatorUSCC: "52320613MJ9407383M", breachID: 3, listedOn: day("2025-11-30"), minimumEnd: day(min),
            maximumEnd: day(max), basis: "民发〔2019〕103号", endedOn: ended.map(day),
            endedHow: ended == nil ? nil : "repaired",
            repairPledgeID: nil)
    }

    @Test("blacklist periods count calendar months, a short month's last day when needed")
    func periods() {
        let period = CreditRules.blacklistPeriod(listedOn: Self.day("2025-11-30"), minimumMonths: 3, maximumMonths: 36)
        #expect(period.minimumEnd == Self.day("2026-02-28"))
        #expect(period.maximumEnd == Self.day("2028-11-30"))
    }

    @Test("repair: only while active and after the minimum period")
    func repair() throws {
        let listing = Self.listing()
        try CreditRules.checkRepair(listing, on: Self.day("2026-04-30"))
        #expect(throws: CreditError.repairTooEarly(id: 7, on: Self.day("2026-04-29"), earliest: Self.day("2026-04-30")))
        {
            try CreditRules.checkRepair(listing, on: Self.day("2026-04-29"))
        }
        #expect(
            throws: CreditError.notActive(
                id: 7, on: Self.day("2028-12-01"), state: .lapsed, until: Self.day("2028-11-30"))
        ) {
            try CreditRules.checkRepair(listing, on: Self.day("2028-12-01"))
        }
        let repaired = Self.listing(ended: "2026-05-01")
        #expect(
            throws: CreditError.notActive(
                id: 7, on: Self.day("2026-05-02"), state: .repaired, until: Self.day("2026-05-01"))
        ) {
            try CreditRules.checkRepair(repaired, on: Self.day("2026-05-02"))
        }
    }

    @Test func followUpOnlyForBadReviews() throws {
        let calendar = try WorkingDayCalendar.embedded()
        for score in ReviewScore.allCases {
            let due = CreditRules.followUpDue(
                score: score, reviewedOn: Self.day("2026-11-02"), workingDays: 15, calendar: calendar)
            #expect((due != nil) == score.isBad)
            if let due {
                #expect(calendar.workingDays(after: Self.day("2026-11-02"), through: due.date) == 15)
            }
        }
    }

    @Test func districtScope() {
        #expect(DistrictScope.permits(officerDistrict: nil, recordDistrict: "320613"))
        #expect(DistrictScope.permits(officerDistrict: "320613", recordDistrict: "320613"))
        #expect(!DistrictScope.permits(officerDistrict: "320612", recordDistrict: "320613"))
    }
}
