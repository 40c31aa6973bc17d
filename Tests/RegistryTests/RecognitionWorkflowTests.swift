import Foundation
import GRDB
import Testing

@testable import Registry
@testable import Rules

/// The recognition workflow: every transition, the refusals (which change nothing), the date
/// rules (notice in working days, validity, renewal window, expiry) and the audit chain.
@Suite("Recognition workflow")
struct RecognitionWorkflowTests {
    typealias F = RecognitionFixtures

    @Test func applicationToBadgeAcrossTheSpringFestival() throws {
        let db = try F.database()
        let applied = try db.recognition.applyForRecognition(
            outletID: "NT-0003", level: .municipal, on: F.day("2026-02-10"), officer: "wang.li", reason: "窗口受理")
        #expect(applied.certification.status == .applied)
        #expect(applied.next == [.review])
        let review = try db.recognition.reviewRecognition(
            outletID: "NT-0003", ruleSet: try F.ruleSet(), on: F.day("2026-02-11"), officer: "wang.li", reason: "")
        #expect(review.certification.status == .underReview)
        let run = try #require(review.runID)
        #expect(try db.verification.verificationRun(id: run)?.asOf == "2026-02-11")
        // Notice from Thursday 12 February: 12, 13, Saturday 14 (a make-up working day), then the
        // Spring Festival 15–23 off, 24 and 25: five working days end on 25 February.
        let notice = try db.recognition.publishNotice(
            outletID: "NT-0003", on: F.day("2026-02-12"), override: review.eligible == true ? nil : "放行",
            ruleSet: try F.ruleSet(), calendar: try F.calendar(), officer: "wang.li", reason: "")
        #expect(notice.noticeLastDay == F.day("2026-02-25"))
        #expect(notice.earliestDecision == F.day("2026-02-26"))
        #expect(notice.uncoveredYears.isEmpty)
        #expect(notice.event.basis.contains("recognition_notice_working_days=5"))
        let before = try F.snapshot(db)
        #expect(
            throws: RecognitionError.noticeNotOver(
                outlet: "NT-0003", lastDay: F.day("2026-02-25"), earliest: F.day("2026-02-26"))
        ) {
            try db.recognition.decideRecognition(
                outletID: "NT-0003", approve: true, on: F.day("2026-02-25"), ruleSet: try F.ruleSet(),
                officer: "wang.li",
                reason: "")
        }
        #expect(try F.snapshot(db) == before)
        let objection = try db.recognition.recordObjection(
            outletID: "NT-0003", by: "居民 李某", text: "收费高于公示价格", on: F.day("2026-02-24"), officer: "wang.li", reason: "")
        #expect(objection.certification.status == .inNotice)
        #expect(objection.event.details?.contains("居民 李某") == true)
        let withObjection = try F.snapshot(db)
        #expect(throws: RecognitionError.objectionsNeedReason(outlet: "NT-0003", count: 1)) {
            try db.recognition.decideRecognition(
                outletID: "NT-0003", approve: true, on: F.day("2026-02-26"), ruleSet: try F.ruleSet(),
                officer: "wang.li",
                reason: "")
        }
        #expect(try F.snapshot(db) == withObjection)
        let approved = try db.recognition.decideRecognition(
            outletID: "NT-0003", approve: true, on: F.day("2026-02-26"), ruleSet: try F.ruleSet(), officer: "wang.li",
            reason: "异议已核实：价格与公示一致")
        let badge = try #require(approved.certification.badgeNo)
        #expect(badge == BadgeNumber.make(family: .elder, year: 2026, serial: 1))
        #expect(approved.certification.validFrom == F.day("2026-02-26"))
        #expect(approved.certification.validTo == F.day("2029-02-25"))
        guard case .found(let found) = try db.badges.lookUpBadge(badge, asOf: F.day("2026-03-01")) else {
            Issue.record("badge not found")
            return
        }
        #expect(found.status == .valid)
        #expect(found.outletID == "NT-0003")
        #expect(found.lastVerificationRun == run)
        let history = try db.recognition.recognitionHistory(outletID: "NT-0003")
        #expect(history.map(\.action) == [.apply, .review, .notice, .object, .approve])
        #expect(history.allSatisfy { $0.officer == "wang.li" })
        let audited = try db.audit.auditEntries(matching: AuditQuery(entityType: "certification")).filter {
            $0.entityID == "NT-0003"
        }
        #expect(audited.map(\.action) == history.map { "certification.\($0.action.rawValue)" })
        #expect(try db.audit.verifyAuditLog().isIntact)
    }

    @Test func illegalTransitionsAreRefusedAndChangeNothing() throws {
        let db = try F.database()
        let ruleSet = try F.ruleSet()
        let day = F.day("2026-02-20")
        let before = try F.snapshot(db)
        #expect(
            throws: RecognitionError.illegalTransition(
                outlet: "NT-0003", status: nil, action: .suspend, allowed: [.apply])
        ) {
            try db.recognition.changeRecognition(
                outletID: "NT-0003", .suspend, on: day, officer: "wang.li", reason: "测试")
        }
        #expect(
            throws: RecognitionError.illegalTransition(
                outlet: "NT-0001", status: .certified, action: .apply,
                allowed: [.renew, .suspend, .revoke, .expire, .reissue])
        ) {
            try db.recognition.applyForRecognition(
                outletID: "NT-0001", level: .provincial, on: day, officer: "wang.li", reason: "")
        }
        #expect(throws: RecognitionError.self) {
            try db.recognition.changeRecognition(
                outletID: "NT-0001", .reinstate, on: day, officer: "wang.li", reason: "测试")
        }
        #expect(throws: RecognitionError.self) {
            try db.recognition.decideRecognition(
                outletID: "NT-0001", approve: true, on: day, ruleSet: ruleSet, officer: "wang.li", reason: "")
        }
        #expect(throws: RecognitionError.self) {
            try db.recognition.publishNotice(
                outletID: "NT-0002", on: day, ruleSet: ruleSet, calendar: try F.calendar(), officer: "wang.li",
                reason: "")
        }
        #expect(try F.snapshot(db) == before)
        _ = try db.recognition.applyForRecognition(
            outletID: "NT-0003", level: .municipal, on: day, officer: "wang.li", reason: "")
        let applied = try F.snapshot(db)
        #expect(
            throws: RecognitionError.illegalTransition(
                outlet: "NT-0003", status: .applied, action: .notice, allowed: [.review])
        ) {
            try db.recognition.publishNotice(
                outletID: "NT-0003", on: day, ruleSet: ruleSet, calendar: try F.calendar(), officer: "wang.li",
                reason: "")
        }
        #expect(throws: RecognitionError.self) {
            try db.recognition.decideRecognition(
                outletID: "NT-0003", approve: false, on: day, ruleSet: ruleSet, officer: "wang.li", reason: "")
        }
        #expect(throws: RecognitionError.self) {
            try db.recognition.recordObjection(
                outletID: "NT-0003", by: "某", text: "某", on: day, officer: "wang.li", reason: "")
        }
        // A review that is not allowed stores no verification run.
        _ = try db.recognition.reviewRecognition(
            outletID: "NT-0003", ruleSet: ruleSet, on: day, officer: "wang.li", reason: "")
        #expect(try F.snapshot(db) != applied)
        let reviewed = try F.snapshot(db)
        #expect(throws: RecognitionError.self) {
            try db.recognition.changeRecognition(
                outletID: "NT-0003", .revoke, on: day, officer: "wang.li", reason: "测试")
        }
        #expect(try F.snapshot(db) == reviewed)
        #expect(throws: RegistryError.outletNotFound("NT-9999")) {
            try db.recognition.applyForRecognition(
                outletID: "NT-9999", level: .municipal, on: day, officer: "wang.li", reason: "")
        }
        #expect(try F.snapshot(db) == reviewed)
    }

    @Test func reviewIsNotRunForAnIllegalStep() throws {
        let db = try F.database()
        let before = try F.snapshot(db)
        #expect(throws: RecognitionError.self) {
            try db.recognition.reviewRecognition(
                outletID: "NT-0001", ruleSet: try F.ruleSet(), on: F.day("2026-02-20"), officer: "wang.li", reason: "")
        }
        #expect(try F.snapshot(db) == before)
    }

    @Test func datesInTheFutureOrBeforeThePreviousStepAreRefused() throws {
        let db = try F.database()
        let before = try F.snapshot(db)
        #expect(throws: RecognitionError.futureDate(F.day("2026-03-02"), today: F.day("2026-03-01"))) {
            try db.recognition.applyForRecognition(
                outletID: "NT-0003", level: .municipal, on: F.day("2026-03-02"), officer: "wang.li", reason: "")
        }
        #expect(try F.snapshot(db) == before)
        _ = try db.recognition.applyForRecognition(
            outletID: "NT-0003", level: .municipal, on: F.day("2026-02-20"), officer: "wang.li", reason: "")
        #expect(
            throws: RecognitionError.beforePreviousStep(
                F.day("2026-02-19"), previous: F.day("2026-02-20"), action: .apply)
        ) {
            try db.recognition.reviewRecognition(
                outletID: "NT-0003", ruleSet: try F.ruleSet(), on: F.day("2026-02-19"), officer: "wang.li", reason: "")
        }
    }

    @Test func officersActOnlyInTheirDistrict() throws {
        let db = try F.database()
        let before = try F.snapshot(db)
        #expect(throws: RecognitionError.self) {
            try db.recognition.changeRecognition(
                outletID: "NT-0001", .suspend, on: F.day("2026-02-20"), officer: "zhao.min", reason: "测试")
        }
        #expect(throws: OfficerError.unknownOfficer("li.na")) {
            try db.recognition.changeRecognition(
                outletID: "NT-0001", .suspend, on: F.day("2026-02-20"), officer: "li.na", reason: "测试")
        }
        #expect(try F.snapshot(db) == before)
        let applied = try db.recognition.applyForRecognition(
            outletID: "NT-0003", level: .municipal, on: F.day("2026-02-20"), officer: "zhao.min", reason: "")
        #expect(applied.event.officer == "zhao.min")
    }

    @Test func failingBlockRulesNeedAnOverride() throws {
        let db = try F.database()
        _ = try db.recognition.applyForRecognition(
            outletID: "NT-0003", level: .municipal, on: F.day("2026-02-10"), officer: "wang.li", reason: "")
        let review = try db.recognition.reviewRecognition(
            outletID: "NT-0003", ruleSet: try F.ruleSet(), on: F.day("2026-02-11"), officer: "wang.li", reason: "")
        // NT-0003 (a day-care centre without filing or fire approval) fails block rules.
        #expect(review.eligible == false)
        #expect(!review.failingBlockRules.isEmpty)
        let before = try F.snapshot(db)
        #expect(
            throws: RecognitionError.blockRulesFail(
                outlet: "NT-0003", run: try #require(review.runID), rules: review.failingBlockRules)
        ) {
            try db.recognition.publishNotice(
                outletID: "NT-0003", on: F.day("2026-02-12"), ruleSet: try F.ruleSet(), calendar: try F.calendar(),
                officer: "wang.li", reason: "")
        }
        #expect(try F.snapshot(db) == before)
        let notice = try db.recognition.publishNotice(
            outletID: "NT-0003", on: F.day("2026-02-12"), override: "消防验收已补办", ruleSet: try F.ruleSet(),
            calendar: try F.calendar(), officer: "wang.li", reason: "")
        #expect(notice.event.overrideReason == "消防验收已补办")
        #expect(notice.event.basis.contains("消防验收已补办"))
    }

    @Test func aNoticeIntoAYearTheCalendarDoesNotCoverSaysSo() throws {
        let db = try F.database(today: "2027-01-20")
        // Monday 28 December 2026: 28–31 are four working days; 1 January 2027 is outside the
        // calendar and counted as a plain Friday.
        let notice = try F.toNotice(db, applyOn: "2026-12-21", reviewOn: "2026-12-22", noticeOn: "2026-12-28")
        #expect(notice.noticeLastDay == F.day("2027-01-01"))
        #expect(notice.uncoveredYears == [2027])
        #expect(notice.event.basis.contains("2027"))
    }

    @Test func objectionsOnlyDuringTheNotice() throws {
        let db = try F.database()
        _ = try F.toNotice(db, applyOn: "2026-02-10", reviewOn: "2026-02-11", noticeOn: "2026-02-12")
        #expect(
            throws: RecognitionError.outsideNotice(
                outlet: "NT-0003", from: F.day("2026-02-12"), lastDay: F.day("2026-02-25"))
        ) {
            try db.recognition.recordObjection(
                outletID: "NT-0003", by: "某", text: "某事", on: F.day("2026-02-26"), officer: "wang.li", reason: "")
        }
        #expect(throws: RecognitionError.missingText(field: "--text")) {
            try db.recognition.recordObjection(
                outletID: "NT-0003", by: "某", text: " ", on: F.day("2026-02-20"), officer: "wang.li", reason: "")
        }
        let rejected = try db.recognition.decideRecognition(
            outletID: "NT-0003", approve: false, on: F.day("2026-02-26"), ruleSet: try F.ruleSet(), officer: "wang.li",
            reason: "不符合条件")
        #expect(rejected.certification.status == .rejected)
        #expect(rejected.certification.badgeNo == nil)
        #expect(rejected.next == [.apply])
        // After a rejection a new application starts a new recognition; the old stays in the history.
        let again = try db.recognition.applyForRecognition(
            outletID: "NT-0003", level: .provincial, on: F.day("2026-02-27"), officer: "wang.li", reason: "")
        #expect(again.event.certificationID != rejected.event.certificationID)
        #expect(
            try db.recognition.recognitionHistory(outletID: "NT-0003").map(\.action) == [
                .apply, .review, .notice, .reject, .apply,
            ])
    }

    @Test func suspendReinstateRevokeAndTheBadgeFollows() throws {
        let db = try F.database()
        let badge = Fixtures.badgeElder
        #expect(throws: RecognitionError.missingText(field: "--reason")) {
            try db.recognition.changeRecognition(
                outletID: "NT-0001", .suspend, on: F.day("2026-02-01"), officer: "wang.li", reason: "")
        }
        let suspended = try db.recognition.changeRecognition(
            outletID: "NT-0001", .suspend, on: F.day("2026-02-01"), officer: "wang.li", reason: "消防隐患整改")
        #expect(suspended.next == [.reinstate, .revoke, .reissue])
        #expect(try Self.status(db, badge, "2026-02-01") == .suspended)
        #expect(try Self.status(db, badge, "2026-01-31") == .valid)
        _ = try db.recognition.changeRecognition(
            outletID: "NT-0001", .reinstate, on: F.day("2026-02-10"), officer: "wang.li", reason: "整改完成")
        #expect(try Self.status(db, badge, "2026-02-10") == .valid)
        let revoked = try db.recognition.changeRecognition(
            outletID: "NT-0001", .revoke, on: F.day("2026-02-20"), officer: "wang.li", reason: "虚报材料")
        #expect(revoked.event.details?.contains(badge) == true)
        #expect(try Self.status(db, badge, "2026-02-20") == .revoked)
        #expect(revoked.next == [.apply])
    }

    static func status(_ db: RegistryDatabase, _ number: String, _ day: String) throws -> BadgeStatus? {
        guard case .found(let badge) = try db.badges.lookUpBadge(number, asOf: F.day(day)) else { return nil }
        return badge.status
    }

    @Test func renewalExtendsTheValidityOnlyInsideItsWindow() throws {
        let db = try F.database(today: "2027-01-15")
        let before = try F.snapshot(db)
        // NT-0001 is valid to 2027-02-28; the window opens 90 days earlier, on 2026-11-30.
        #expect(
            throws: RecognitionError.renewalOutsideWindow(
                outlet: "NT-0001", validTo: F.day("2027-02-28"), earliest: F.day("2026-11-30"))
        ) {
            try db.recognition.renewRecognition(
                outletID: "NT-0001", on: F.day("2026-11-29"), ruleSet: try F.ruleSet(), officer: "wang.li", reason: "")
        }
        #expect(try F.snapshot(db) == before)
        let renewed = try db.recognition.renewRecognition(
            outletID: "NT-0001", on: F.day("2026-11-30"), ruleSet: try F.ruleSet(), officer: "wang.li", reason: "年度复核合格"
        )
        #expect(renewed.certification.validTo == F.day("2030-02-28"))
        #expect(renewed.certification.badgeNo == Fixtures.badgeElder)
        #expect(try Self.status(db, Fixtures.badgeElder, "2029-06-01") == .valid)
    }

    @Test func theWorklistAsOfAPastDayReplaysTheSteps() throws {
        let db = try F.database(today: "2026-03-01")
        _ = try db.recognition.changeRecognition(
            outletID: "NT-0001", .suspend, on: F.day("2026-02-10"), officer: "wang.li", reason: "消防整改")
        let before = try db.recognition.recognitions(status: .certified, asOf: F.day("2026-02-09"))
        #expect(before.map(\.outletID) == ["NT-0001", "NT-0002"], "certified until the suspension's day")
        #expect(before.first?.statusOn == F.day("2024-03-01"))
        let after = try db.recognition.recognitions(status: .suspended, asOf: F.day("2026-02-10"))
        #expect(after.map(\.outletID) == ["NT-0001"])
        #expect(after.first?.statusOn == F.day("2026-02-10") && after.first?.badgeNo == Fixtures.badgeElder)
        // Before NT-0002's recognition was recorded (2025-02-01) it is not on the list at all.
        #expect(try db.recognition.recognitions(asOf: F.day("2025-01-31")).map(\.outletID) == ["NT-0001"])
        // A district's worklist reads that district's recognitions and steps only.
        #expect(
            try db.recognition.recognitions(district: "320613", asOf: F.day("2026-02-10")).map(\.liveStatus) == [
                .suspended, .certified,
            ])
        #expect(try db.recognition.recognitions(district: "320612", asOf: F.day("2026-02-10")).isEmpty)
    }

    @Test func lapsedRecognitionsAreExpiredLiveAndWhenRecorded() throws {
        let db = try F.database(today: "2027-03-15")
        let badge = Fixtures.badgeElder
        // Valid to 2027-02-28: expired on 1 March before anyone records it.
        #expect(try Self.status(db, badge, "2027-02-28") == .valid)
        #expect(try Self.status(db, badge, "2027-03-01") == .expired)
        let lapsed = try db.recognition.recognitions(status: .expired, asOf: F.day("2027-03-15"))
        #expect(lapsed.map(\.outletID) == ["NT-0001"])
        #expect(lapsed.first?.status == .certified)
        let expiring = try db.recognition.recognitions(expiringWithin: 365, asOf: F.day("2027-03-15"))
        #expect(expiring.map(\.outletID) == ["NT-0002"])
        #expect(throws: RecognitionError.self) {
            try db.recognition.renewRecognition(
                outletID: "NT-0001", on: F.day("2027-03-15"), ruleSet: try F.ruleSet(), officer: "wang.li", reason: "")
        }
        let expired = try db.recognition.expireLapsedRecognitions(
            on: F.day("2027-03-15"), officer: "wang.li", reason: "到期清理")
        #expect(expired.map(\.outletID) == ["NT-0001"])
        #expect(expired.first?.event.on == F.day("2027-03-01"))
        #expect(expired.first?.certification.status == .expired)
        #expect(
            try db.recognition.expireLapsedRecognitions(on: F.day("2027-03-15"), officer: "wang.li", reason: "").isEmpty
        )
        #expect(try Self.status(db, badge, "2027-03-15") == .expired)
        #expect(try db.audit.verifyAuditLog().isIntact)
    }

    @Test func automaticSuspensionSuspendsOnlyCertifiedRecognitions() throws {
        let db = try F.database()
        let suspended = try db.write(officer: "wang.li", reason: "经营者列入黑名单") { db, log in
            try RecognitionWorkflow.suspendAutomatically(
                db, log: &log, outletRIDs: [1, 2, 3], on: F.day("2026-02-15"), cause: "运营方列入黑名单",
                basis: "民发〔2019〕103号")
        }
        #expect(suspended == ["NT-0001", "NT-0002"])
        let event = try #require(try db.recognition.recognitionHistory(outletID: "NT-0001").last)
        #expect(event.action == .suspend)
        #expect(event.officer == "wang.li")
        #expect(event.details?.contains("运营方列入黑名单") == true)
        #expect(try Self.status(db, Fixtures.badgeElder, "2026-02-15") == .suspended)
    }

    @Test func validityMonths() {
        #expect(F.day("2026-11-29").lastDay(ofMonths: 36) == F.day("2029-11-28"))
        #expect(F.day("2024-02-29").lastDay(ofMonths: 12) == F.day("2025-02-28"))
        #expect(F.day("2026-01-31").lastDay(ofMonths: 1) == F.day("2026-02-28"))
        #expect(F.day("2026-01-31").adding(months: 1) == F.day("2026-02-28"))
        #expect(F.day("2027-03-01").lastDay(ofMonths: 36) == F.day("2030-02-28"))
    }
}
