import Foundation
import GRDB
import PuhuiResources
import Testing

@testable import Registry
@testable import Rules

/// Credit pledges, breaches, the blacklist's periods and credit repair (docs/CREDIT.md).
@Suite("Credit pledges, breaches, blacklist")
struct CreditTests {
    static func date(_ text: String) -> LocalDate { (try? LocalDate(parsing: text)) ?? LocalDate(daysSinceEpoch: 0) }

    /// The registry's "today" for these tests (2030-01-01T00:00:00Z): records may not be dated
    /// after it, and the tests' records run to 2029.
    static let today = RegistryClock.fixed(Date(timeIntervalSince1970: 1_893_456_000))

    /// The fixture registry with a city officer `wang.li` and a 通州 (320612) officer `zhao.min`.
    static func registry() throws -> RegistryDatabase {
        let db = try Fixtures.populated(clock: today)
        try db.officers.addOfficer(id: "wang.li", name: "王力", districtCode: nil, by: nil)
        try db.officers.addOfficer(id: "zhao.min", name: "赵敏", districtCode: "320612", by: "wang.li")
        return db
    }

    static func templates() throws -> PledgeTemplates { try PledgeTemplates.embedded() }
    static let rules: CompiledRuleSet? = try? DefaultRuleSet.load()

    static func auditLength(_ db: RegistryDatabase) throws -> Int64 { try db.audit.auditCheckpoint().length }

    // MARK: - Month arithmetic

    @Test(arguments: [
        ("2025-11-30", 3, "2026-02-28"), ("2024-02-29", 12, "2025-02-28"), ("2025-08-31", 1, "2025-09-30"),
        ("2026-12-10", 12, "2027-12-10"), ("2026-12-10", 36, "2029-12-10"), ("2023-11-30", 3, "2024-02-29"),
        ("2026-03-31", -1, "2026-02-28"), ("2026-01-15", -12, "2025-01-15"), ("2025-10-31", 4, "2026-02-28"),
    ])
    func calendarMonthsClampToTheMonthEnd(start: String, months: Int, expected: String) {
        #expect(Self.date(start).adding(months: months).description == expected)
    }

    // MARK: - Templates and pledges

    @Test func templatesAreVersionedAndHashed() throws {
        let templates = try PledgeTemplates.embedded()
        let pledge = try #require(templates.current(.pledge, on: Self.date("2026-12-01")))
        #expect(pledge.id == "credit-pledge" && pledge.version == 1)
        #expect(pledge.text.contains("价格水平") && pledge.text.contains("同意公开") && pledge.text.contains("违诺后果"))
        #expect(pledge.text.contains("English gloss"))
        let bytes = try #require(Resources.data(pledge.path))
        #expect(pledge.sha256 == PledgeTemplate.hash(bytes))
        #expect(pledge.sha256.count == 64)
        #expect(templates.current(.repair, on: Self.date("2026-12-01"))?.id == "repair-pledge")
        #expect(templates.current(.pledge, on: Self.date("2022-11-08")) == nil)
    }

    @Test func signingChecksTheLegalRepresentativeAndRecordsTheText() throws {
        let db = try Self.registry()
        let before = try Self.auditLength(db)
        #expect(
            throws: CreditError.signatoryMismatch(signatory: "王五", recorded: "张伟", operatorName: "南通颐和养老服务有限公司, 崇川")
        ) {
            try db.credit.signPledge(
                outletID: "NT-0001", signatory: "王五", on: Self.date("2026-12-01"), templates: try Self.templates(),
                officer: "wang.li")
        }
        #expect(throws: CreditError.emptyText(option: "--signatory")) {
            try db.credit.signPledge(
                outletID: "NT-0001", signatory: "  ", on: Self.date("2026-12-01"), templates: try Self.templates(),
                officer: "wang.li")
        }
        #expect(throws: RegistryError.outletNotFound("NT-9999")) {
            try db.credit.signPledge(
                outletID: "NT-9999", signatory: "张伟", on: Self.date("2026-12-01"), templates: try Self.templates(),
                officer: "wang.li")
        }
        #expect(try Self.auditLength(db) == before, "refusals write nothing")

        let pledge = try db.credit.signPledge(
            outletID: "NT-0001", signatory: "张伟", on: Self.date("2026-12-01"), templates: try Self.templates(),
            officer: "wang.li")
        #expect(pledge.operatorUSCC == Fixtures.usccA && pledge.outletID == "NT-0001")
        #expect(pledge.templateID == "credit-pledge" && pledge.templateVersion == 1)
        #expect(try Self.templates().template(id: "credit-pledge", version: 1)?.sha256 == pledge.textSHA256)
        let agent = try db.credit.signPledge(
            outletID: "NT-0001", signatory: "李四", role: .authorisedAgent, on: Self.date("2026-12-05"),
            templates: try Self.templates(), officer: "wang.li")
        #expect(try Self.auditLength(db) == before + 2)
        let entry = try #require(try db.audit.auditEntries(matching: AuditQuery(entityType: "credit_pledge")).last)
        #expect(entry.action == "pledge.sign" && entry.entityID == String(agent.id) && entry.officer == "wang.li")

        // The later pledge supersedes the earlier; before its day the earlier one is current.
        #expect(
            try db.credit.currentPledge(
                outletID: "NT-0001", on: Self.date("2026-12-04"), templates: try Self.templates())?.id == pledge.id)
        #expect(
            try db.credit.currentPledge(
                outletID: "NT-0001", on: Self.date("2026-12-05"), templates: try Self.templates())?.id == agent.id)
        #expect(
            try db.credit.currentPledge(
                outletID: "NT-0001", on: Self.date("2026-11-30"), templates: try Self.templates()) == nil)

        // Withdrawn from a day: no pledge current from then (the superseded one does not revive).
        #expect(
            throws: CreditError.dateBefore(
                option: "--on", value: Self.date("2026-12-04"), earliest: Self.date("2026-12-05"),
                what: LocalizedText(zh: "签署日期", en: "the day it was signed"))
        ) {
            try db.credit.withdrawPledge(id: agent.id, on: Self.date("2026-12-04"), officer: "wang.li")
        }
        try db.credit.withdrawPledge(id: agent.id, on: Self.date("2027-01-15"), officer: "wang.li")
        #expect(
            try db.credit.currentPledge(
                outletID: "NT-0001", on: Self.date("2027-01-14"), templates: try Self.templates())?.id == agent.id)
        #expect(
            try db.credit.currentPledge(
                outletID: "NT-0001", on: Self.date("2027-01-15"), templates: try Self.templates()) == nil)
        #expect(throws: CreditError.alreadyWithdrawn(id: agent.id, on: Self.date("2027-01-15"))) {
            try db.credit.withdrawPledge(id: agent.id, on: Self.date("2027-02-01"), officer: "wang.li")
        }
    }

    @Test func aPledgeOnAVersionNoLongerAcceptedIsNotCurrent() throws {
        let text = Data("承诺".utf8)
        let templates = try PledgeTemplates(
            index: """
                template_id,version,kind,file,in_use_from,accepted_until
                credit-pledge,1,pledge,a.md,2022-11-09,2027-06-30
                credit-pledge,2,pledge,b.md,2027-01-01,

                """, file: "templates.csv"
        ) { _ in text }
        #expect(templates.current(.pledge, on: Self.date("2026-12-31"))?.version == 1)
        #expect(templates.current(.pledge, on: Self.date("2027-01-01"))?.version == 2)
        let db = try Self.registry()
        let old = try db.credit.signPledge(
            outletID: "NT-0001", signatory: "张伟", on: Self.date("2026-12-01"), templates: templates, officer: "wang.li")
        #expect(old.templateVersion == 1)
        #expect(
            try db.credit.currentPledge(outletID: "NT-0001", on: Self.date("2027-06-30"), templates: templates)?.id
                == old.id)
        #expect(
            try db.credit.currentPledge(outletID: "NT-0001", on: Self.date("2027-07-01"), templates: templates) == nil)
    }

    // MARK: - Breaches and blacklist periods

    @Test func recordsCannotBeDatedAfterToday() throws {
        let db = try Self.registry()
        let before = try Self.auditLength(db)
        #expect(throws: CreditError.futureDate(Self.date("2030-01-02"), today: Self.date("2030-01-01"))) {
            try db.inspections.addInspection(
                outletID: "NT-0001", on: Self.date("2030-01-02"), result: .pass, notes: nil, officer: "wang.li")
        }
        #expect(throws: CreditError.futureDate(Self.date("2030-01-02"), today: Self.date("2030-01-01"))) {
            try db.credit.signPledge(
                outletID: "NT-0001", signatory: "张伟", on: Self.date("2030-01-02"), templates: try Self.templates(),
                officer: "wang.li")
        }
        #expect(try Self.auditLength(db) == before)
    }

    @Test func aFireBreachBlacklistsForAYearAtLeastAndThreeYearsAtMost() throws {
        let db = try Self.registry()
        let rules = try #require(Self.rules)
        let pledge = try db.credit.signPledge(
            outletID: "NT-0001", signatory: "张伟", on: Self.date("2026-12-01"), templates: try Self.templates(),
            officer: "wang.li")
        let before = try Self.auditLength(db)
        let outcome = try db.credit.recordBreach(
            outletID: "NT-0001", category: .fireHazard, evidence: "重大火灾隐患拒不整改", on: Self.date("2026-12-10"),
            ruleSet: rules, templates: try Self.templates(), officer: "wang.li", reason: "消防检查")
        #expect(outcome.breach.pledgeID == pledge.id)
        #expect(outcome.breach.operatorUSCC == Fixtures.usccA)
        let listing = try #require(outcome.blacklisting)
        #expect(listing.listedOn.description == "2026-12-10")
        #expect(listing.minimumEnd.description == "2027-12-10")
        #expect(listing.maximumEnd.description == "2029-12-10")
        #expect(listing.basis.contains("民发〔2019〕103号"))
        #expect(outcome.operatorOutlets == ["NT-0001"])
        // The blacklisting suspends the operator's certified recognition at once, in the same
        // transaction, and its badge then verifies as suspended.
        #expect(outcome.suspendedOutlets == ["NT-0001"])
        #expect(try Self.auditLength(db) == before + 3)
        let actions = try db.audit.auditEntries(from: before + 1).map(\.action)
        #expect(actions == ["credit.breach", "credit.blacklist", "certification.suspend"])
        let step = try #require(try db.recognition.recognitionHistory(outletID: "NT-0001").last)
        #expect(step.toStatus == .suspended && step.on?.description == "2026-12-10" && step.officer == "wang.li")
        guard case .found(let badge) = try db.badges.lookUpBadge(Fixtures.badgeElder, asOf: Self.date("2026-12-10"))
        else {
            Issue.record("the badge should be found")
            return
        }
        #expect(badge.status == .suspended)

        #expect(!listing.isActive(on: Self.date("2026-12-09")))
        #expect(listing.isActive(on: Self.date("2026-12-10")))
        #expect(listing.isActive(on: Self.date("2029-12-10")), "the maximum end is the last public day")
        #expect(!listing.isActive(on: Self.date("2029-12-11")), "it lapses by itself after the maximum")
        #expect(listing.state(on: Self.date("2029-12-11")) == .lapsed)
        #expect(try db.credit.publicBlacklist(on: Self.date("2027-01-01")).map(\.blacklisting.id) == [listing.id])
        #expect(try db.credit.publicBlacklist(on: Self.date("2029-12-11")).isEmpty)
        #expect(try db.credit.publicBlacklist(on: Self.date("2026-12-09")).isEmpty)
    }

    @Test func anOrdinaryGroundBlacklistsForThreeMonthsAtLeastAndAPledgeBreachNotAtAll() throws {
        let db = try Self.registry()
        let rules = try #require(Self.rules)
        let harming = try db.credit.recordBreach(
            outletID: "NT-0002", category: .harmingRights, evidence: "克扣伙食", on: Self.date("2025-11-30"),
            ruleSet: rules,
            templates: try Self.templates(), officer: "wang.li")
        #expect(harming.breach.pledgeID == nil, "no pledge was current that day")
        #expect(
            harming.blacklisting?.minimumEnd.description == "2026-02-28", "2025-11-30 + 3 months: February's last day")
        #expect(harming.blacklisting?.maximumEnd.description == "2028-11-30")
        let price = try db.credit.recordBreach(
            outletID: "NT-0002", category: .priceOvercharge, evidence: "收取公示外费用", on: Self.date("2026-01-05"),
            ruleSet: rules, templates: try Self.templates(), officer: "wang.li")
        #expect(price.blacklisting == nil)
        #expect(price.operatorOutlets.isEmpty)
        #expect(price.suspendedOutlets.isEmpty)
        #expect(
            try db.credit.breaches(operatorUSCC: Fixtures.usccB).map(\.category) == [.harmingRights, .priceOvercharge])
        #expect(try db.credit.blacklistings(operatorUSCC: Fixtures.usccB).count == 1)
    }

    @Test func theTermsAreTheParametersInForceOnTheBreachDay() throws {
        var text = try #require(Resources.text(DefaultRuleSet.path))
        // A rule set whose ordinary minimum rises to 6 months from 2027-01-01.
        text = text.replacingOccurrences(
            of: "        value: {default: 3, safety_accident: 12, fire_hazard: 12}\n",
            with:
                "        value: {default: 3, safety_accident: 12, fire_hazard: 12}\n        basis: \"旧\"\n      - from: 2027-01-01\n        value: {default: 6, safety_accident: 12, fire_hazard: 12}\n"
        )
        let rules = try CompiledRuleSet.compile(text: text, fileName: "changed.yaml")
        let terms = { (day: String) in
            try CreditParameters(ruleSet: rules, on: Self.date(day)).blacklistTerms(for: .subsidyFraud)
        }
        #expect(try terms("2026-12-31")?.minimumMonths == 3)
        #expect(try terms("2027-01-01")?.minimumMonths == 6)
        #expect(try terms("2027-01-01")?.maximumMonths == 36)
        #expect(
            try CreditParameters(ruleSet: rules, on: Self.date("2027-01-01")).blacklistTerms(for: .serviceStandard)
                == nil)
        // Before the grounds' first value there is nothing to apply: a clear refusal.
        #expect(throws: CreditError.self) { try terms("2019-12-31") }
        let db = try Self.registry()
        let before = try Self.auditLength(db)
        #expect(throws: CreditError.self) {
            try db.credit.recordBreach(
                outletID: "NT-0002", category: .subsidyFraud, evidence: "x", on: Self.date("2019-06-01"),
                ruleSet: rules,
                templates: try Self.templates(), officer: "wang.li")
        }
        #expect(try Self.auditLength(db) == before)
    }

    @Test func repairOnlyAfterTheMinimumWithARepairPledge() throws {
        let db = try Self.registry()
        let rules = try #require(Self.rules)
        let outcome = try db.credit.recordBreach(
            outletID: "NT-0001", category: .safetyAccident, evidence: "跌倒事故负有责任", on: Self.date("2026-03-15"),
            ruleSet: rules, templates: try Self.templates(), officer: "wang.li")
        let listing = try #require(outcome.blacklisting)
        #expect(listing.minimumEnd.description == "2027-03-15", "safety: one year")
        let before = try Self.auditLength(db)
        #expect(
            throws: CreditError.repairTooEarly(
                id: listing.id, on: Self.date("2027-03-14"), earliest: Self.date("2027-03-15"))
        ) {
            try db.credit.repairBlacklisting(
                id: listing.id, on: Self.date("2027-03-14"), signatory: "张伟", templates: try Self.templates(),
                officer: "wang.li")
        }
        #expect(
            throws: CreditError.signatoryMismatch(signatory: "王五", recorded: "张伟", operatorName: "南通颐和养老服务有限公司, 崇川")
        ) {
            try db.credit.repairBlacklisting(
                id: listing.id, on: Self.date("2027-03-15"), signatory: "王五", templates: try Self.templates(),
                officer: "wang.li")
        }
        #expect(throws: CreditError.recordNotFound(kind: LocalizedText(zh: "失信名单记录", en: "blacklisting"), id: 99)) {
            try db.credit.repairBlacklisting(
                id: 99, on: Self.date("2027-03-15"), signatory: "张伟", templates: try Self.templates(),
                officer: "wang.li")
        }
        #expect(
            throws: CreditError.notActive(
                id: listing.id, on: Self.date("2029-03-16"), state: .lapsed, until: Self.date("2029-03-15"))
        ) {
            try db.credit.repairBlacklisting(
                id: listing.id, on: Self.date("2029-03-16"), signatory: "张伟", templates: try Self.templates(),
                officer: "wang.li")
        }
        #expect(try Self.auditLength(db) == before, "refusals write nothing")
        #expect(try db.credit.pledges().isEmpty)

        let repaired = try db.credit.repairBlacklisting(
            id: listing.id, on: Self.date("2027-03-15"), signatory: "张伟", templates: try Self.templates(),
            officer: "wang.li")
        #expect(repaired.endedOn?.description == "2027-03-15" && repaired.endedHow == "repaired")
        let repairID = try #require(repaired.repairPledgeID)
        let repair = try #require(try db.credit.pledge(id: repairID))
        #expect(repair.kind == .repair && repair.outletID == nil && repair.templateID == "repair-pledge")
        #expect(try db.audit.auditEntries(from: before + 1).map(\.action) == ["pledge.sign_repair", "credit.repair"])
        #expect(repaired.isActive(on: Self.date("2027-03-14")))
        #expect(!repaired.isActive(on: Self.date("2027-03-15")))
        #expect(repaired.state(on: Self.date("2027-03-15")) == .repaired)
        #expect(
            repaired.publicUntil(asOf: Self.date("2027-03-14")).description == "2029-03-15",
            "the repair is not known yet")
        #expect(repaired.publicUntil(asOf: Self.date("2027-03-15")).description == "2027-03-15")
        #expect(
            throws: CreditError.notActive(
                id: listing.id, on: Self.date("2027-04-01"), state: .repaired, until: Self.date("2027-03-15"))
        ) {
            try db.credit.repairBlacklisting(
                id: listing.id, on: Self.date("2027-04-01"), signatory: "张伟", templates: try Self.templates(),
                officer: "wang.li")
        }
        #expect(try db.audit.verifyAuditLog().isIntact)
    }

    @Test func aDistrictOfficerActsOnlyInTheirDistrict() throws {
        let db = try Self.registry()
        let rules = try #require(Self.rules)
        let before = try Self.auditLength(db)
        // zhao.min acts for 320612; NT-0001 is in 320613.
        func refused(_ body: () throws -> Void) {
            do {
                try body()
                Issue.record("expected a refusal")
            } catch let error as CreditError {
                #expect(error.kind == .notPermitted)
                #expect(error.message.zh.contains("经办人 zhao.min 只能办理 320612 通州区的网点"))
            } catch {
                Issue.record("unexpected \(error)")
            }
        }
        refused {
            try db.credit.signPledge(
                outletID: "NT-0001", signatory: "张伟", on: Self.date("2026-12-01"), templates: try Self.templates(),
                officer: "zhao.min")
        }
        refused {
            _ = try db.credit.recordBreach(
                outletID: "NT-0001", category: .fireHazard, evidence: "x", on: Self.date("2026-12-01"), ruleSet: rules,
                templates: try Self.templates(), officer: "zhao.min")
        }
        refused {
            try db.inspections.addInspection(
                outletID: "NT-0001", on: Self.date("2026-12-01"), result: .pass, notes: nil, officer: "zhao.min")
        }
        refused {
            _ = try db.reviews.addReview(
                outletID: "NT-0001", score: 1, on: Self.date("2026-12-01"), text: nil, ruleSet: rules,
                calendar: try WorkingDayCalendar.embedded(), officer: "zhao.min")
        }
        #expect(try Self.auditLength(db) == before)
        // In their own district they may.
        try db.inspections.addInspection(
            outletID: "NT-0003", on: Self.date("2026-12-01"), result: .pass, notes: nil, officer: "zhao.min")
        #expect(try Self.auditLength(db) == before + 1)
        // An unregistered name is refused as for every write.
        #expect(throws: OfficerError.unknownOfficer("nobody")) {
            try db.inspections.addInspection(
                outletID: "NT-0003", on: Self.date("2026-12-01"), result: .pass, notes: nil, officer: "nobody")
        }
    }

    @Test func theTablesAreAppendOnly() throws {
        let db = try Self.registry()
        let rules = try #require(Self.rules)
        _ = try db.credit.recordBreach(
            outletID: "NT-0001", category: .fireHazard, evidence: "x", on: Self.date("2026-12-10"), ruleSet: rules,
            templates: try Self.templates(), officer: "wang.li")
        try db.inspections.addInspection(
            outletID: "NT-0001", on: Self.date("2026-12-01"), result: .pass, notes: nil, officer: "wang.li")
        for sql in [
            "DELETE FROM credit_breach", "UPDATE credit_breach SET evidence = 'y'", "DELETE FROM credit_blacklisting",
            "UPDATE credit_blacklisting SET maximum_end = '2030-01-01'", "UPDATE inspection SET result = 'fail'",
            "DELETE FROM inspection",
        ] {
            #expect(throws: (any Error).self, "\(sql)") { try db.writer.write { try $0.execute(sql: sql) } }
        }
    }
}
