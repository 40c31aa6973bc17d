import Registry
import Testing

/// The recognition workflow and badges through the store boundary only (`any RegistryStore`):
/// what every store must do. Runs on every store of `StoreUnderTest.all`.
@Suite("Store contract: recognition and badges")
struct RecognitionContractTests {
    typealias C = StoreContract

    @Test(
        "application to badge: each step recorded, the badge verifies, the chain holds", arguments: StoreUnderTest.all)
    func applicationToBadge(store: StoreUnderTest) async throws {
        let registry = try await C.load(store, today: "2026-03-01")
        let rules = try C.ruleSet()
        let calendar = try WorkingDayCalendar.embedded()
        let applied = try await registry.recognition.applyForRecognition(
            outletID: "NT-0003", level: .municipal, on: C.day("2026-02-10"), officer: "wang.li", reason: "窗口受理",
            basis: "")
        #expect(applied.certification.status == .applied)
        let review = try await registry.recognition.reviewRecognition(
            outletID: "NT-0003", runID: nil, ruleSet: rules, on: C.day("2026-02-11"), officer: "wang.li", reason: "",
            basis: "")
        #expect(review.runID != nil)
        let notice = try await registry.recognition.publishNotice(
            outletID: "NT-0003", on: C.day("2026-02-12"), override: review.eligible == true ? nil : "放行",
            ruleSet: rules, calendar: calendar, officer: "wang.li", reason: "", basis: "")
        let earliest = try #require(notice.earliestDecision)
        await #expect(throws: RecognitionError.self) {
            try await registry.recognition.decideRecognition(
                outletID: "NT-0003", approve: true, on: earliest.adding(days: -1), ruleSet: rules, officer: "wang.li",
                reason: "", basis: "")
        }
        let decided = try await registry.recognition.decideRecognition(
            outletID: "NT-0003", approve: true, on: earliest, ruleSet: rules, officer: "wang.li", reason: "",
            basis: "")
        let badge = try #require(decided.certification.badgeNo)
        guard case .found(let found) = try await registry.badges.lookUpBadge(badge, asOf: C.day("2026-03-01")) else {
            Issue.record("badge \(badge) not found")
            return
        }
        #expect(found.status == .valid)
        #expect(found.outletID == "NT-0003")
        let history = try await registry.recognition.recognitionHistory(outletID: "NT-0003")
        #expect(history.map(\.action) == [.apply, .review, .notice, .approve])
        #expect(try await registry.audit.verifyAuditLog(progress: nil).isIntact)
    }

    @Test("a refused step changes nothing: same audit head, same history", arguments: StoreUnderTest.all)
    func refusedStepChangesNothing(store: StoreUnderTest) async throws {
        let registry = try await C.load(store, today: "2026-03-01")
        let before = try await registry.audit.verifyAuditLog(progress: nil)
        // A district officer of 通州 may not act on 崇川's NT-0002; NT-0002 cannot be applied for
        // while certified anyway; a day after today is refused before anything.
        await #expect(throws: RecognitionError.self) {
            try await registry.recognition.changeRecognition(
                outletID: "NT-0002", .suspend, on: C.day("2026-02-20"), officer: "zhao.min", reason: "检查", basis: "")
        }
        await #expect(throws: RecognitionError.self) {
            try await registry.recognition.applyForRecognition(
                outletID: "NT-0002", level: .municipal, on: C.day("2026-02-20"), officer: "wang.li", reason: "",
                basis: "")
        }
        await #expect(throws: RecognitionError.futureDate(C.day("2026-03-02"), today: C.day("2026-03-01"))) {
            try await registry.recognition.applyForRecognition(
                outletID: "NT-0003", level: .municipal, on: C.day("2026-03-02"), officer: "wang.li", reason: "",
                basis: "")
        }
        let after = try await registry.audit.verifyAuditLog(progress: nil)
        #expect(after.head == before.head && after.entries == before.entries)
        #expect(try await registry.recognition.recognitionHistory(outletID: "NT-0003").isEmpty)
    }

    @Test(
        "a mistyped badge number is said to be mistyped, with the existing one suggested", arguments: StoreUnderTest.all
    )
    func mistypedBadge(store: StoreUnderTest) async throws {
        let registry = try await C.load(store, today: "2026-03-01")
        let number = Fixtures.badgeChild
        var typo = Array(number)
        typo[typo.count - 1] = typo.last == "0" ? "1" : "0"
        let result = try await registry.badges.lookUpBadge(String(typo), asOf: C.day("2026-03-01"))
        guard case .mistyped(_, _, let suggestion) = result else {
            Issue.record("expected mistyped, got \(result)")
            return
        }
        #expect(suggestion == number)
        let unknown = try #require(BadgeNumber.make(family: .childcare, year: 2025, serial: 99_999))
        #expect(try await registry.badges.lookUpBadge(unknown, asOf: C.day("2026-03-01")) == .notFound)
        #expect(try await registry.badges.lookUpBadge("NTC-20", asOf: C.day("2026-03-01")) == .malformed)
    }
}
