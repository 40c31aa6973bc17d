import Foundation
import Testing

@testable import Registry
@testable import Rules

/// Reviews (好差评) with working-day deadlines, and inspections.
@Suite("Reviews and inspections")
struct ReviewInspectionTests {
    static func date(_ text: String) -> LocalDate { CreditTests.date(text) }

    static func add(_ db: RegistryDatabase, _ outlet: String, _ score: Int, _ day: String, text: String? = nil) throws
        -> ReviewRecorded
    {
        try db.reviews.addReview(
            outletID: outlet, score: score, on: date(day), text: text, ruleSet: try DefaultRuleSet.load(),
            calendar: try WorkingDayCalendar.embedded(), officer: "wang.li")
    }

    @Test func aBadReviewIsDueFifteenWorkingDaysLaterAcrossNationalDay() throws {
        let db = try CreditTests.registry()
        // 2026-09-28 (Mon): 29, 30 Sep; 1–7 Oct off (国庆); 8, 9, 10 (Sat, worked), 12–16, 19–23 Oct.
        let recorded = try Self.add(db, "NT-0001", 2, "2026-09-28", text: "护理员态度差")
        #expect(recorded.review.followUpDue?.description == "2026-10-23")
        #expect(recorded.uncoveredYears.isEmpty)
        #expect(recorded.deadlineBasis?.contains("15") == true)
        // Monday–Friday only it would have been 2026-10-19: the calendar matters.
        #expect(recorded.review.followUpDue != Self.date("2026-10-19"))
        let good = try Self.add(db, "NT-0001", 4, "2026-09-28")
        #expect(good.review.followUpDue == nil)
        let entry = try #require(try db.audit.auditEntries(matching: AuditQuery(entityType: "review")).first)
        #expect(entry.action == "review.add" && entry.afterJSON?.contains("\"follow_up_due\":\"2026-10-23\"") == true)
    }

    @Test func aDeadlineInAYearTheCalendarDoesNotCoverSaysSo() throws {
        let db = try CreditTests.registry()
        let recorded = try Self.add(db, "NT-0001", 1, "2026-12-28")
        #expect(recorded.uncoveredYears == [2027])
        // 29, 30, 31 Dec 2026; 2027 counted Monday–Friday: 1, 4–8, 11–15, 18 Jan → the 15th working day.
        #expect(recorded.review.followUpDue?.description == "2027-01-18")
    }

    @Test func badScoresAndRefusalsChangeNothing() throws {
        let db = try CreditTests.registry()
        let before = try CreditTests.auditLength(db)
        #expect(throws: CreditError.invalidScore(6)) { _ = try Self.add(db, "NT-0001", 6, "2026-11-01") }
        #expect(throws: CreditError.invalidScore(0)) { _ = try Self.add(db, "NT-0001", 0, "2026-11-01") }
        #expect(throws: RegistryError.outletNotFound("NT-9")) { _ = try Self.add(db, "NT-9", 3, "2026-11-01") }
        let good = try Self.add(db, "NT-0001", 5, "2026-11-01").review
        let bad = try Self.add(db, "NT-0001", 1, "2026-11-02").review
        let length = try CreditTests.auditLength(db)
        #expect(length == before + 2)
        #expect(throws: CreditError.notABadReview(id: good.id, score: 5)) {
            try db.reviews.followUpReview(
                id: good.id, on: Self.date("2026-11-03"), text: "x", rectified: true, officer: "wang.li")
        }
        #expect(throws: CreditError.emptyText(option: "--text")) {
            try db.reviews.followUpReview(
                id: bad.id, on: Self.date("2026-11-03"), text: " ", rectified: true, officer: "wang.li")
        }
        #expect(
            throws: CreditError.dateBefore(
                option: "--on", value: Self.date("2026-11-01"), earliest: Self.date("2026-11-02"),
                what: LocalizedText(zh: "评价日期", en: "the review's day"))
        ) {
            try db.reviews.followUpReview(
                id: bad.id, on: Self.date("2026-11-01"), text: "x", rectified: true, officer: "wang.li")
        }
        #expect(throws: CreditError.recordNotFound(kind: LocalizedText(zh: "评价", en: "review"), id: 42)) {
            try db.reviews.followUpReview(
                id: 42, on: Self.date("2026-11-03"), text: "x", rectified: true, officer: "wang.li")
        }
        #expect(try CreditTests.auditLength(db) == length)
    }

    @Test func followUpThenRectificationAndTheSummary() throws {
        let db = try CreditTests.registry()
        let bad = try Self.add(db, "NT-0001", 2, "2026-09-28").review  // due 2026-10-23
        _ = try Self.add(db, "NT-0001", 5, "2026-10-01")
        _ = try Self.add(db, "NT-0001", 4, "2026-10-02")
        let contacted = try db.reviews.followUpReview(
            id: bad.id, on: Self.date("2026-10-09"), text: "已回访", rectified: false, officer: "wang.li")
        #expect(contacted.rectifiedOn == nil && contacted.isOpen(on: Self.date("2026-10-23")))
        #expect(!contacted.isOverdue(on: Self.date("2026-10-23")), "the deadline day is still in time")
        #expect(contacted.isOverdue(on: Self.date("2026-10-24")))

        let all = try db.reviews.reviews(outletID: "NT-0001")
        let onDue = ReviewSummary(all, asOf: Self.date("2026-10-23"))
        #expect(onDue.count == 3 && onDue.averageTenths == 37, "(2+5+4)/3 = 3.67 → 3.7")
        #expect(onDue.bad == 1 && onDue.openBad == 1 && onDue.overdueBad == 0)
        #expect(ReviewSummary(all, asOf: Self.date("2026-10-24")).overdueBad == 1)
        #expect(ReviewSummary(all, asOf: Self.date("2026-09-30")).count == 1, "only reviews made by the day")
        #expect(ReviewSummary([], asOf: Self.date("2026-10-24")).averageTenths == nil)

        let fixed = try db.reviews.followUpReview(
            id: bad.id, on: Self.date("2026-10-30"), text: "整改完成", rectified: true, officer: "wang.li")
        #expect(fixed.rectifiedOn?.description == "2026-10-30")
        let later = try db.reviews.reviews(outletID: "NT-0001")
        #expect(
            ReviewSummary(later, asOf: Self.date("2026-10-29")).overdueBad == 1,
            "overdue until the day it was rectified")
        #expect(ReviewSummary(later, asOf: Self.date("2026-10-30")).openBad == 0)
        #expect(throws: CreditError.alreadyRectified(id: bad.id, on: Self.date("2026-10-30"))) {
            try db.reviews.followUpReview(
                id: bad.id, on: Self.date("2026-11-01"), text: "x", rectified: true, officer: "wang.li")
        }
        #expect(
            try db.audit.auditEntries(matching: AuditQuery(entityType: "review", entityID: String(bad.id))).map(
                \.action)
                == ["review.add", "review.follow_up", "review.follow_up"])
    }

    @Test(arguments: [([5, 4, 4], 43), ([5, 4], 45), ([1, 2], 15), ([5, 5, 4], 47), ([3], 30), ([1, 1, 2], 13)])
    func averagesInTenthsRoundHalfUp(scores: [Int], tenths: Int) {
        let day = Self.date("2026-01-01")
        let reviews = scores.enumerated().compactMap { index, score in
            ReviewScore(rawValue: score).map {
                Review(id: Int64(index), outletID: "X", score: $0, reviewedOn: day, recordedBy: "t", recordedAt: "t")
            }
        }
        #expect(ReviewSummary(reviews, asOf: day).averageTenths == tenths)
        #expect(ReviewSummary.decimal(tenths: tenths) == "\(tenths / 10).\(tenths % 10)")
    }

    @Test func inspectionsAreRecordedAndListed() throws {
        let db = try CreditTests.registry()
        let first = try db.inspections.addInspection(
            outletID: "NT-0001", on: Self.date("2026-03-01"), result: .rectify, notes: " 疏散通道堆物 ", officer: "wang.li")
        #expect(first.notes == "疏散通道堆物")
        try db.inspections.addInspection(
            outletID: "NT-0002", on: Self.date("2026-02-01"), result: .pass, notes: "", officer: "wang.li")
        #expect(try db.inspections.inspections(outletID: "NT-0001").map(\.result) == [.rectify])
        #expect(try db.inspections.inspections().map(\.outletID) == ["NT-0002", "NT-0001"])
        #expect(try db.inspections.inspections().first?.notes == nil)
        #expect(try db.audit.auditEntries(matching: AuditQuery(entityType: "inspection")).count == 2)
    }
}

extension Review {
    /// A review for summary tests.
    init(id: Int64, outletID: String, score: ReviewScore, reviewedOn: LocalDate, recordedBy: String, recordedAt: String)
    {
        self.init(
            id: id, outletID: outletID, score: score, reviewedOn: reviewedOn, text: nil, followUpDue: nil,
            followUpOn: nil,
            followUpText: nil, rectifiedOn: nil, recordedBy: recordedBy, recordedAt: recordedAt)
    }
}
