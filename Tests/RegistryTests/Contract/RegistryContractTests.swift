import FoundationEssentials
import Registry
import Testing

/// Search, the blacklist as of a day and the change feed, through the store boundary only.
@Suite("Store contract: search, blacklist, changes")
struct RegistryContractTests {
    typealias C = StoreContract

    @Test("nearby search: certified outlets in the radius, nearest first, paged", arguments: StoreUnderTest.all)
    func nearby(store: StoreUnderTest) async throws {
        let registry = try await C.load(store, today: "2026-03-01")
        let query = NearbyQuery(centre: GeoPoint(lat: 32.0123, lon: 120.8712), radius: 3_000, asOf: "2026-03-01")
        let result = try await registry.directory.search(query)
        #expect(result.results.map(\.id) == ["NT-0001", "NT-0002"])
        #expect(result.total == 2)
        let distances = result.results.compactMap(\.distanceMetres)
        #expect(distances == distances.sorted())
        var second = query
        second.limit = 1
        second.offset = 1
        #expect(try await registry.directory.search(second).results.map(\.id) == ["NT-0002"])
        await #expect(throws: SearchError.self) {
            var bad = query
            bad.radius = -1
            return try await registry.directory.search(bad)
        }
    }

    @Test("what changed since an instant, by the audit chain: records and outlets", arguments: StoreUnderTest.all)
    func changedSinceAnInstant(store: StoreUnderTest) async throws {
        let registry = try await C.load(store, today: "2026-03-01")
        let loaded = RegistryClock.timestamp(C.noon(C.day("2026-03-01")))
        let justAfter = RegistryClock.timestamp(C.noon(C.day("2026-03-01")).addingTimeInterval(1))
        let outlets = try await registry.audit.entityIDs(ofType: "outlet", changedSince: loaded)
        #expect(outlets.isSuperset(of: ["NT-0001", "NT-0002"]))
        #expect(try await registry.audit.entityIDs(ofType: "outlet", changedSince: justAfter).isEmpty)
        #expect(try await registry.audit.entityIDs(ofType: "operator", changedSince: loaded).contains(Fixtures.usccB))
        var query = NearbyQuery(centre: GeoPoint(lat: 32.0123, lon: 120.8712), radius: 3_000, asOf: "2026-03-01")
        query.modifiedSince = loaded
        #expect(try await registry.directory.search(query).results.map(\.id) == ["NT-0001", "NT-0002"])
        query.modifiedSince = justAfter
        #expect(try await registry.directory.search(query).total == 0)
        query.centre = nil
        #expect(try await registry.directory.search(query).total == 0)
        query.modifiedSince = "2026-03-01 12:00"
        await #expect(throws: SearchError.invalidTimestamp("2026-03-01 12:00")) {
            try await registry.directory.search(query)
        }
    }

    @Test(
        "what changed since an instant, city-wide: a suspension by a breach and a new price",
        arguments: StoreUnderTest.all)
    func changedSinceCityWide(store: StoreUnderTest) async throws {
        let clock = AdvancingClock(C.noon(C.day("2026-03-01")))
        let registry = try await C.load(store, today: "2026-03-01", clock: clock.registryClock)
        let anHourLater = clock.advance(by: 3_600)
        _ = try await registry.credit.recordBreach(
            outletID: "NT-0002", category: .fireHazard, evidence: "消防检查记录 2026-02-20", on: C.day("2026-02-20"),
            ruleSet: try C.ruleSet(), templates: try PledgeTemplates.embedded(), officer: "wang.li", reason: "检查")
        let twoHoursLater = clock.advance(by: 3_600)
        let price =
            "outlet_id,item,care_level,age_class,unit,amount_yuan,effective_from,effective_to,inclusive\n"
            + "NT-0001,护理费,partly_disabled,,month,2100,2026-01-01,,yes\n"
        _ = try await registry.imports.importCSV(
            .prices, bytes: Array(price.utf8), fileName: "prices.csv", options: ImportOptions(officer: "wang.li"))
        var query = NearbyQuery(centre: nil, radius: 3_000, asOf: "2026-03-01")
        query.allStatuses = true
        query.modifiedSince = anHourLater
        #expect(try await registry.directory.search(query).results.map(\.id) == ["NT-0001", "NT-0002"])
        query.modifiedSince = twoHoursLater
        #expect(try await registry.directory.search(query).results.map(\.id) == ["NT-0001"])
        query.centre = GeoPoint(lat: 32.0123, lon: 120.8712)
        #expect(try await registry.directory.search(query).results.map(\.id) == ["NT-0001"])
        query.modifiedSince = clock.advance(by: 1)
        #expect(try await registry.directory.search(query).total == 0)
        query.centre = nil
        #expect(try await registry.directory.search(query).total == 0)
    }

    @Test("a blacklisting is public from the breach day, and suspends the badge", arguments: StoreUnderTest.all)
    func blacklistAsOfADay(store: StoreUnderTest) async throws {
        let registry = try await C.load(store, today: "2026-03-01")
        let outcome = try await registry.credit.recordBreach(
            outletID: "NT-0002", category: .fireHazard, evidence: "消防检查记录 2026-02-20", on: C.day("2026-02-20"),
            ruleSet: try C.ruleSet(), templates: try PledgeTemplates.embedded(), officer: "wang.li", reason: "检查")
        #expect(outcome.blacklisting != nil)
        #expect(outcome.suspendedOutlets == ["NT-0002"])
        #expect(try await registry.credit.publicBlacklist(on: C.day("2026-02-19")).isEmpty)
        let listed = try await registry.credit.publicBlacklist(on: C.day("2026-02-20"))
        #expect(listed.map(\.blacklisting.operatorUSCC) == [Fixtures.usccB])
        guard
            case .found(let badge) = try await registry.badges.lookUpBadge(
                Fixtures.badgeChild, asOf: C.day("2026-02-21"))
        else {
            Issue.record("badge not found")
            return
        }
        #expect(badge.status == .suspended)
    }

    @Test("the change feed: entries after a sequence number, in order, chained", arguments: StoreUnderTest.all)
    func changesAfterASequenceNumber(store: StoreUnderTest) async throws {
        let registry = try await C.load(store, today: "2026-03-01")
        let all = try await registry.audit.auditEntries(from: 1, limit: 10_000)
        #expect(!all.isEmpty)
        #expect(all.map(\.seq) == Array(1...Int64(all.count)))
        let head = try #require(all.last)
        _ = try await registry.reviews.addReview(
            outletID: "NT-0001", score: 2, on: C.day("2026-02-27"), text: "饭菜偏凉", ruleSet: try C.ruleSet(),
            calendar: try WorkingDayCalendar.embedded(), officer: "wang.li", reason: "12345 热线")
        let after = try await registry.audit.auditEntries(from: head.seq + 1, limit: 100)
        #expect(after.map(\.action) == ["review.add"])
        #expect(after.first?.prevHash == head.hash)
        #expect(after.first?.officer == "wang.li")
        #expect(try await registry.audit.verifyAuditLog(progress: nil).isIntact)
    }
}
