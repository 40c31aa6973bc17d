import GRDB
import Rules
import Testing

@testable import Registry

/// A value no puhui writes, put into the file by hand (CHECK constraints off), is reported with
/// its column's name when the record is read back — never a crash or a silent default.
@Suite("Hand-edited credit, review records")
struct HandEditedRecordTests {
    static func date(_ text: String) -> LocalDate { CreditTests.date(text) }

    /// Writes `sql` past the schema's CHECK constraints (triggers still apply).
    static func handEdit(_ db: RegistryDatabase, _ sql: String) throws {
        try db.writer.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA ignore_check_constraints = ON")
            defer { try? db.execute(sql: "PRAGMA ignore_check_constraints = OFF") }
            try db.execute(sql: sql)
        }
    }

    static func expectReported(_ column: String, _ value: String, _ read: () throws -> Void) {
        do {
            try read()
            Issue.record("reading the hand-edited \(column) did not fail")
        } catch RegistryError.database(let message) {
            #expect(message.hasPrefix("column \(column) holds "), "\(message)")
            #expect(message.contains(value), "\(message)")
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test func aPledgesWithdrawalDayIsReportedByColumn() throws {
        let db = try CreditTests.registry()
        let pledge = try db.credit.signPledge(
            outletID: "NT-0001", signatory: "张伟", on: Self.date("2026-12-01"), templates: try CreditTests.templates(),
            officer: "wang.li")
        try Self.handEdit(db, "UPDATE credit_pledge SET withdrawn_on = '2026-12-32' WHERE id = \(pledge.id)")
        Self.expectReported("withdrawn_on", "2026-12-32") { _ = try db.credit.pledges() }
        Self.expectReported("withdrawn_on", "2026-12-32") { _ = try db.credit.pledge(id: pledge.id) }
    }

    @Test func aBlacklistingsEndIsReportedByColumn() throws {
        let db = try CreditTests.registry()
        let rules = try #require(CreditTests.rules)
        let outcome = try db.credit.recordBreach(
            outletID: "NT-0001", category: .fireHazard, evidence: "重大火灾隐患拒不整改", on: Self.date("2026-12-10"),
            ruleSet: rules, templates: try CreditTests.templates(), officer: "wang.li")
        let listing = try #require(outcome.blacklisting)
        try Self.handEdit(db, "UPDATE credit_blacklisting SET ended_on = 'someday' WHERE id = \(listing.id)")
        Self.expectReported("ended_on", "someday") { _ = try db.credit.blacklistings() }
        Self.expectReported("ended_on", "someday") { _ = try db.credit.publicBlacklist(on: Self.date("2027-01-01")) }
    }

    @Test func aReviewsFollowUpDayIsReportedByColumn() throws {
        let db = try CreditTests.registry()
        let recorded = try db.reviews.addReview(
            outletID: "NT-0001", score: 1, on: Self.date("2026-12-01"), text: "饭菜凉", ruleSet: try DefaultRuleSet.load(),
            calendar: try WorkingDayCalendar.embedded(), officer: "wang.li")
        try Self.handEdit(
            db, "UPDATE review SET follow_up_on = '2026-02-30', follow_up_text = '回访' WHERE id = \(recorded.review.id)")
        Self.expectReported("follow_up_on", "2026-02-30") { _ = try db.reviews.reviews() }
        Self.expectReported("follow_up_on", "2026-02-30") { _ = try db.reviews.review(id: recorded.review.id) }
    }
}
