import CEL
import Foundation
import Rules
import Testing

@testable import Registry

/// The `certification` fact as of the day, from the recognition's steps.
@Suite("Certification fact")
struct CertificationFactTests {
    typealias F = RecognitionFixtures

    static func field(_ facts: Facts, _ key: String) -> CELValue? {
        facts.roots["certification"]?.mapValue?[.string(key)]
    }

    @Test func theFactFollowsTheStepsAsOfTheDay() throws {
        let db = try F.database()
        _ = try F.toNotice(db, applyOn: "2026-02-10", reviewOn: "2026-02-11", noticeOn: "2026-02-12")
        _ = try db.recognition.decideRecognition(
            outletID: "NT-0003", approve: true, on: F.day("2026-02-26"), ruleSet: try F.ruleSet(), officer: "wang.li",
            reason: "")
        let before = try db.verification.facts(outletID: "NT-0003", asOf: F.day("2026-02-09"))
        #expect(before.roots["certification"]?.mapValue?.count == 0)
        let during = try db.verification.facts(outletID: "NT-0003", asOf: F.day("2026-02-20"))
        #expect(Self.field(during, "status") == "in_notice")
        #expect(Self.field(during, "history")?.listValue?.count == 3)
        let after = try db.verification.facts(outletID: "NT-0003", asOf: F.day("2026-03-01"))
        #expect(Self.field(after, "status") == "certified")
        #expect(Self.field(after, "valid_to") == "2029-02-25")
        let history = try #require(Self.field(after, "history")?.listValue)
        #expect(history.last?.mapValue?[.string("action")] == "approve")
        #expect(history.last?.mapValue?[.string("on")] == "2026-02-26")
        // An imported recognition past its validity is expired on the day.
        let lapsed = try db.verification.facts(outletID: "NT-0001", asOf: F.day("2027-03-01"))
        #expect(Self.field(lapsed, "status") == "expired")
        #expect(Self.field(lapsed, "history")?.listValue?.first?.mapValue?[.string("action")] == "imported")
    }
}
