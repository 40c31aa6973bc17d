import CEL
import GRDB
import Testing

@testable import Registry
@testable import Rules

/// The fact builder reads the registry as of a day into the schema of docs/RULES.md.
struct FactsBuilderTests {
    static func day(_ text: String) throws -> LocalDate { try LocalDate(parsing: text) }

    static func field(_ facts: Facts, _ root: String, _ key: String) -> CELValue? {
        facts.roots[root]?.mapValue?[.string(key)]
    }

    @Test func outletColumnsDerivedValuesAndAbsentNulls() throws {
        let db = try Fixtures.populated()
        let facts = try db.verification.facts(outletID: "NT-0002", asOf: try Self.day("2026-03-01"))
        #expect(facts.subject == "NT-0002")
        #expect(Self.field(facts, "outlet", "kind") == "childcare_institution")
        #expect(Self.field(facts, "outlet", "family") == "childcare")
        #expect(Self.field(facts, "outlet", "district_code") == "320613")
        #expect(Self.field(facts, "outlet", "lat") == 32.02)
        #expect(Self.field(facts, "outlet", "children") == 41)
        #expect(Self.field(facts, "outlet", "places") == 45)
        #expect(Self.field(facts, "outlet", "lease_years") == 5)
        #expect(Self.field(facts, "outlet", "health_evaluation_on") == "2021-07-15")
        // NULL columns are absent, so has() is false.
        #expect(Self.field(facts, "outlet", "fire_approved_on") == nil)
        #expect(Self.field(facts, "outlet", "beds") == nil)
        #expect(Self.field(facts, "outlet", "rid") == nil)
        let classes = try #require(Self.field(facts, "outlet", "classes")?.listValue)
        #expect(classes.count == 3)
        #expect(classes[0].mapValue?[.string("class_type")] == "infant")
        #expect(classes[0].mapValue?[.string("carers")] == 3)
    }

    @Test func operatorWithCheckCharacterValidity() throws {
        let db = try Fixtures.populated()
        let facts = try db.verification.facts(outletID: "NT-0001", asOf: try Self.day("2026-03-01"))
        #expect(Self.field(facts, "operator", "uscc") == .string(Fixtures.usccA))
        #expect(Self.field(facts, "operator", "uscc_valid") == true)
        #expect(Self.field(facts, "operator", "legal_form") == "enterprise")
        #expect(Self.field(facts, "operator", "uscc_override_reason") == nil)
    }

    @Test func pricesInForceOnTheDayAndTheMonthlyFromPrice() throws {
        let db = try Fixtures.populated()
        let march = try db.verification.facts(outletID: "NT-0002", asOf: try Self.day("2026-03-01"))
        #expect(Self.field(march, "price", "monthly_fen") == 260000)
        #expect(Self.field(march, "price", "items")?.listValue?.count == 2)
        let before = try db.verification.facts(outletID: "NT-0002", asOf: try Self.day("2024-06-01"))
        #expect(Self.field(before, "price", "monthly_fen") == nil)
        // NT-0001: the market price ended 2024-12-31.
        let elder2024 = try db.verification.facts(outletID: "NT-0001", asOf: try Self.day("2024-06-01"))
        #expect(Self.field(elder2024, "price", "items")?.listValue?.count == 2)
        let elder2026 = try db.verification.facts(outletID: "NT-0001", asOf: try Self.day("2026-03-01"))
        #expect(Self.field(elder2026, "price", "items")?.listValue?.count == 1)
        #expect(Self.field(elder2026, "price", "monthly_fen") == 185050)
    }

    @Test func currentCertification() throws {
        let db = try Fixtures.populated()
        let facts = try db.verification.facts(outletID: "NT-0001", asOf: try Self.day("2026-03-01"))
        #expect(Self.field(facts, "certification", "status") == "certified")
        #expect(Self.field(facts, "certification", "level") == "provincial")
        #expect(Self.field(facts, "certification", "valid_to") == "2027-02-28")
        let none = try db.verification.facts(outletID: "NT-0003", asOf: try Self.day("2026-03-01"))
        #expect(none.roots["certification"]?.mapValue?.count == 0)
    }

    @Test func unknownOutletIsNotFound() throws {
        let db = try Fixtures.populated()
        #expect(throws: RegistryError.self) {
            try db.verification.facts(outletID: "NT-9999", asOf: try Self.day("2026-03-01"))
        }
    }

    @Test func completedYearsCountAnniversaries() throws {
        #expect(FactValues.completed(from: try Self.day("2022-03-01"), to: try Self.day("2025-03-01")) == (3, 36))
        #expect(FactValues.completed(from: try Self.day("2022-03-01"), to: try Self.day("2025-02-28")) == (2, 35))
        #expect(FactValues.completed(from: try Self.day("2024-01-31"), to: try Self.day("2024-02-29")) == (0, 0))
    }

    @Test func vocabularyMatchesTheRegistryKinds() {
        #expect(Set(RuleVocabulary.puhui.kinds) == Set(OutletKind.allCases.map(\.rawValue)))
        for family in CareFamily.allCases {
            #expect(
                Set(RuleVocabulary.puhui.groups[family.rawValue] ?? [])
                    == Set(OutletKind.allCases.filter { $0.family == family }.map(\.rawValue)))
        }
    }
}

extension FactsBuilderTests {
    /// The merge keys each certification row by its `outlet_rid` column (found by name), not by
    /// the row's first column (`id`): a recognition whose id differs from its outlet's rid still
    /// reaches that outlet's facts.
    @Test func certificationRowsMergeByOutletRIDNotByID() throws {
        let db = try Fixtures.populated()
        try db.writer.write { db in
            try db.execute(
                literal: """
                    INSERT INTO certification (id, outlet_rid, level, status, applied_on, status_on)
                    VALUES (50, (SELECT rid FROM outlet WHERE id = 'NT-0003'), 'municipal', 'applied', '2026-01-05', '2026-01-05')
                    """)
        }
        let facts = try db.verification.facts(outletID: "NT-0003", asOf: try Self.day("2026-03-01"))
        #expect(Self.field(facts, "certification", "id") == 50)
        #expect(Self.field(facts, "certification", "status") == "applied")
        let all = try db.verification.facts(outletID: "NT-0001", asOf: try Self.day("2026-03-01"))
        #expect(Self.field(all, "certification", "id") != 50)
    }
}
