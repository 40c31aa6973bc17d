import CEL
import Foundation
import GRDB
import Testing

@testable import Registry
@testable import Rules

/// The `pledge`, `credit`, `reviews` and `inspections` facts and rules CR-01…CR-04 on a registry.
@Suite("Credit facts and rules")
struct CreditFactsTests {
    static func date(_ text: String) -> LocalDate { CreditTests.date(text) }

    static func root(_ facts: Facts, _ name: String, _ key: String) -> CELValue? {
        facts.roots[name]?.mapValue?[.string(key)]
    }

    static func results(_ db: RegistryDatabase, _ outlet: String, _ day: String) throws -> [String: VerdictResult] {
        let verdicts = try db.verification.verify(outletID: outlet, ruleSet: try DefaultRuleSet.load(), asOf: date(day))
        return Dictionary(uniqueKeysWithValues: verdicts.verdicts.map { ($0.rule, $0.result) })
    }

    @Test func emptyRecordsGiveDefinedFactsAndTheRulesStayQuiet() throws {
        let db = try CreditTests.registry()
        let facts = try db.verification.facts(outletID: "NT-0001", asOf: Self.date("2026-12-15"))
        #expect(Self.root(facts, "pledge", "current") == .bool(false))
        #expect(Self.root(facts, "pledge", "signed") == .int(0))
        #expect(Self.root(facts, "credit", "blacklisted") == .bool(false))
        #expect(Self.root(facts, "credit", "breaches") == .int(0))
        #expect(Self.root(facts, "reviews", "count") == .int(0))
        #expect(Self.root(facts, "reviews", "average_tenths") == nil)
        #expect(Self.root(facts, "inspections", "recorded") == .bool(false))
        let results = try Self.results(db, "NT-0001", "2026-12-15")
        // NT-0001 was recognised on 2024-03-01, before the pledge requirement (2026-12-01).
        #expect(results["CR-01"] == .notApplicable)
        #expect(results["CR-02"] == .pass)
        #expect(results["CR-03"] == .notApplicable)
        #expect(results["CR-04"] == .notApplicable)
    }

    @Test func aPendingApplicationNeedsACurrentPledgeFromTheRequirementsDay() throws {
        let db = try CreditTests.registry()
        // NT-0003 (通州, 王强's operator) applies through the workflow before the requirement's day.
        _ = try db.recognition.applyForRecognition(
            outletID: "NT-0003", level: .municipal, on: Self.date("2026-11-20"), officer: "wang.li", reason: "窗口受理")
        #expect(try Self.results(db, "NT-0003", "2026-11-19")["CR-01"] == .notApplicable, "no application yet")
        #expect(
            try Self.results(db, "NT-0003", "2026-11-30")["CR-01"] == .notApplicable, "before the requirement's day")
        #expect(try Self.results(db, "NT-0003", "2026-12-01")["CR-01"] == .fail)
        let pledge = try db.credit.signPledge(
            outletID: "NT-0003", signatory: "王强", on: Self.date("2026-12-02"),
            templates: try PledgeTemplates.embedded(),
            officer: "wang.li")
        #expect(try Self.results(db, "NT-0003", "2026-12-01")["CR-01"] == .fail, "not yet signed that day")
        #expect(try Self.results(db, "NT-0003", "2026-12-02")["CR-01"] == .pass)
        let facts = try db.verification.facts(outletID: "NT-0003", asOf: Self.date("2026-12-02"))
        #expect(Self.root(facts, "pledge", "pledge_id") == .int(pledge.id))
        #expect(Self.root(facts, "pledge", "template_version") == .int(1))
        try db.credit.withdrawPledge(id: pledge.id, on: Self.date("2027-01-10"), officer: "wang.li")
        #expect(try Self.results(db, "NT-0003", "2027-01-10")["CR-01"] == .fail)
    }

    @Test func aBlacklistingFailsCR02ForEveryOutletOfTheOperatorUntilItEnds() throws {
        let db = try CreditTests.registry()
        let outcome = try db.credit.recordBreach(
            outletID: "NT-0001", category: .harmingRights, evidence: "x", on: Self.date("2026-12-10"),
            ruleSet: try DefaultRuleSet.load(), templates: try PledgeTemplates.embedded(), officer: "wang.li")
        let listing = try #require(outcome.blacklisting)
        #expect(try Self.results(db, "NT-0001", "2026-12-09")["CR-02"] == .pass)
        #expect(try Self.results(db, "NT-0001", "2026-12-10")["CR-02"] == .fail)
        #expect(try Self.results(db, "NT-0002", "2026-12-10")["CR-02"] == .pass, "another operator")
        let facts = try db.verification.facts(outletID: "NT-0001", asOf: Self.date("2027-01-01"))
        #expect(Self.root(facts, "credit", "blacklisted_until") == .string("2029-12-10"))
        #expect(Self.root(facts, "credit", "listed_on") == .string("2026-12-10"))
        #expect(Self.root(facts, "credit", "breaches_last_year") == .int(1))
        #expect(try Self.results(db, "NT-0001", "2029-12-10")["CR-02"] == .fail)
        #expect(try Self.results(db, "NT-0001", "2029-12-11")["CR-02"] == .pass, "lapsed after the maximum")
        try db.credit.repairBlacklisting(
            id: listing.id, on: Self.date("2027-03-10"), signatory: "张伟", templates: try PledgeTemplates.embedded(),
            officer: "wang.li")
        #expect(try Self.results(db, "NT-0001", "2027-03-09")["CR-02"] == .fail)
        #expect(try Self.results(db, "NT-0001", "2027-03-10")["CR-02"] == .pass)
        let beforeRepair = try db.verification.facts(outletID: "NT-0001", asOf: Self.date("2027-03-09"))
        #expect(Self.root(beforeRepair, "credit", "blacklisted_until") == .string("2029-12-10"), "as known that day")
        let later = try db.verification.facts(outletID: "NT-0001", asOf: Self.date("2028-01-01"))
        #expect(Self.root(later, "credit", "breaches") == .int(1))
        #expect(Self.root(later, "credit", "breaches_last_year") == .int(0))
        #expect(Self.root(later, "credit", "breaches_last_3_years") == .int(1))
    }

    @Test func anOverdueBadReviewFailsCR03UntilRectified() throws {
        let db = try CreditTests.registry()
        let bad = try ReviewInspectionTests.add(db, "NT-0001", 1, "2026-09-28").review  // due 2026-10-23
        _ = try ReviewInspectionTests.add(db, "NT-0001", 5, "2026-09-29")
        #expect(try Self.results(db, "NT-0001", "2026-10-23")["CR-03"] == .pass)
        #expect(try Self.results(db, "NT-0001", "2026-10-24")["CR-03"] == .fail)
        let facts = try db.verification.facts(outletID: "NT-0001", asOf: Self.date("2026-10-24"))
        #expect(Self.root(facts, "reviews", "average_tenths") == .int(30))
        #expect(Self.root(facts, "reviews", "overdue_bad") == .int(1))
        try db.reviews.followUpReview(
            id: bad.id, on: Self.date("2026-11-02"), text: "整改完成", rectified: true, officer: "wang.li")
        #expect(try Self.results(db, "NT-0001", "2026-11-01")["CR-03"] == .fail)
        #expect(try Self.results(db, "NT-0001", "2026-11-02")["CR-03"] == .pass)
    }

    @Test func inspectionsOlderThanTheIntervalWarnCR04() throws {
        let db = try CreditTests.registry()
        try db.inspections.addInspection(
            outletID: "NT-0001", on: Self.date("2025-11-30"), result: .pass, notes: nil, officer: "wang.li")
        #expect(try Self.results(db, "NT-0001", "2025-11-29")["CR-04"] == .notApplicable, "not yet inspected that day")
        #expect(try Self.results(db, "NT-0001", "2026-11-29")["CR-04"] == .pass)
        #expect(try Self.results(db, "NT-0001", "2026-11-30")["CR-04"] == .fail)
        let facts = try db.verification.facts(outletID: "NT-0001", asOf: Self.date("2026-11-30"))
        #expect(Self.root(facts, "inspections", "months_since_last") == .int(12))
        #expect(Self.root(facts, "inspections", "count_last_year") == .int(0))
        #expect(Self.root(facts, "inspections", "last_result") == .string("pass"))
    }

    @Test func theWholeRegistryRunLoadsTheSameFacts() throws {
        let db = try CreditTests.registry()
        _ = try db.credit.recordBreach(
            outletID: "NT-0003", category: .courtDefaulter, evidence: "x", on: Self.date("2026-12-10"),
            ruleSet: try DefaultRuleSet.load(), templates: try PledgeTemplates.embedded(), officer: "wang.li")
        _ = try ReviewInspectionTests.add(db, "NT-0002", 2, "2026-09-28")
        var failing: [String: [String]] = [:]
        try db.verification.verifyAll(
            ruleSet: try DefaultRuleSet.load(), asOf: Self.date("2026-12-15"), officer: "wang.li"
        ) { batch in
            for outlet in batch {
                for verdict in outlet.verdicts where verdict.rule.hasPrefix("CR-") && verdict.result == .fail {
                    failing[verdict.rule, default: []].append(outlet.subject)
                }
            }
        }
        #expect(failing == ["CR-02": ["NT-0003"], "CR-03": ["NT-0002"]])
    }
}
