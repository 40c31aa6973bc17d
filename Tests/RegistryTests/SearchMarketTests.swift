import Foundation
import Testing

@testable import Registry

/// Search against the market on the sample: the fee's ratio and rank agree with `show`'s
/// comparison of the same price, --sort price orders by fee then distance, --max-ratio keeps
/// only fees at most that share of the median and counts those it cannot compare.
@Suite("Nearby search: prices against the market")
struct SearchMarketTests {
    static let asOf = "2026-11-29"
    static let day = LocalDate(year: 2026, month: 11, day: 29)!
    /// 城东's centre (Seed/reference/subdistricts.csv).
    static let centre = GeoPoint(lat: 32.02, lon: 120.90)

    /// The sample registry: as `init --sample` makes it (with its benchmark run as of 2026-11-29,
    /// run 1), or its files alone without a run.
    static func sample(withRun: Bool) throws -> RegistryDatabase {
        let db = try RegistryDatabase.inMemory(clock: Fixtures.clock)
        if withRun {
            try db.initialise(sample: true)
            #expect(try db.benchmarks.benchmarkRuns().map(\.asOf) == [day])
        } else {
            try db.loadSample()
        }
        return db
    }

    static func query(sort: SearchSort = .distance, maxRatio: Int? = nil, limit: Int = 100) -> NearbyQuery {
        NearbyQuery(
            centre: centre, radius: 5_000, kindNumbers: [5, 6, 7, 8], asOf: asOf, limit: limit, sort: sort,
            maxRatioPermille: maxRatio, compareWithMarket: true)
    }

    @Test func withoutARunThereIsNoComparison() throws {
        let db = try Self.sample(withRun: false)
        let result = try db.directory.search(Self.query())
        #expect(result.benchmarkRun == nil)
        #expect(!result.results.isEmpty)
        #expect(result.results.allSatisfy { $0.ratioToP50Permille == nil && $0.benchmarkRun == nil })
        // --max-ratio without a run: nothing can be compared, so everything is left out and counted.
        let all = result.total
        let filtered = try db.directory.search(Self.query(maxRatio: 800))
        #expect(filtered.total == 0)
        #expect(filtered.leftOutWithoutComparison == all)
    }

    @Test func ratioAndRankAgreeWithShow() throws {
        let db = try Self.sample(withRun: true)
        let result = try db.directory.search(Self.query())
        #expect(result.benchmarkRun == 1)
        let hit = try #require(result.results.first { $0.id == "NT-0105" })
        // NT-0105's fee is its 托大班 price, 2250元, benchmarked by that cell (BENCHMARK-METHOD.md):
        // 2250 / 3110 = 723‰, as `show` compares that price.
        let shown = try db.benchmarks.benchmarkComparisons(outletID: "NT-0105", asOf: Self.day)
            .first { $0.price.ageClass == .preschool }?.comparison
        #expect(hit.ratioToP50Permille == 723)
        #expect(hit.ratioToP50Permille == shown?.ratioToP50Permille)
        #expect(hit.percentileRank == shown?.percentileRank)
        #expect(hit.marketP50Fen == 311_000)
        #expect(hit.benchmarkRun == 1)
        // Every compared hit: ratio = fee × 1000 / P50, integer.
        for hit in result.results {
            guard let ratio = hit.ratioToP50Permille, let p50 = hit.marketP50Fen, let fee = hit.monthlyPriceFen else {
                continue
            }
            #expect(ratio == Int64(fee) * 1000 / p50, "\(hit.id)")
        }
    }

    @Test func sortByPriceThenDistance() throws {
        let db = try Self.sample(withRun: true)
        let byDistance = try db.directory.search(Self.query())
        let byPrice = try db.directory.search(Self.query(sort: .price))
        #expect(byPrice.total == byDistance.total)
        #expect(Set(byPrice.results.map(\.id)) == Set(byDistance.results.map(\.id)))
        for (a, b) in zip(byPrice.results, byPrice.results.dropFirst()) {
            let feeA = a.monthlyPriceFen ?? Int.max
            let feeB = b.monthlyPriceFen ?? Int.max
            #expect(
                feeA < feeB || (feeA == feeB && (a.distanceMetres ?? 0) <= (b.distanceMetres ?? 0)), "\(a.id) \(b.id)")
        }
        // Paging over the price order: the second page continues the first.
        let first = try db.directory.search(Self.query(sort: .price, limit: 3))
        var next = Self.query(sort: .price, limit: 3)
        next.offset = 3
        let second = try db.directory.search(next)
        #expect((first.results + second.results).map(\.id) == Array(byPrice.results.prefix(6)).map(\.id))
    }

    @Test func maxRatioKeepsCheapFeesAndCountsTheRest() throws {
        let db = try Self.sample(withRun: true)
        let all = try db.directory.search(Self.query())
        let compared = all.results.filter { $0.ratioToP50Permille != nil }
        for limit in [700, 750, 800, 1_000] {
            let result = try db.directory.search(Self.query(maxRatio: limit))
            #expect(result.leftOutWithoutComparison == all.results.count - compared.count)
            #expect(
                result.results.map(\.id) == compared.filter { $0.ratioToP50Permille! <= Int64(limit) }.map(\.id),
                "\(limit)")
        }
        // City-wide (a keyword, no centre) too.
        var cityWide = NearbyQuery(
            keyword: "托育", asOf: Self.asOf, limit: 500, sort: .price, maxRatioPermille: 750, compareWithMarket: true)
        let city = try db.directory.search(cityWide)
        #expect(city.results.allSatisfy { ($0.ratioToP50Permille ?? 10_000) <= 750 })
        cityWide.maxRatioPermille = nil
        cityWide.sort = .distance
        let plain = try db.directory.search(cityWide)
        #expect(plain.results.map(\.id) == plain.results.map(\.id).sorted())
        #expect(city.total + (city.leftOutWithoutComparison ?? 0) <= plain.total)
    }

    /// Across the city: each ranked fee's rank is `show`'s rank of the same price in the same cell.
    @Test func ranksAgreeWithShowAcrossTheCity() throws {
        let db = try Self.sample(withRun: true)
        let query = NearbyQuery(
            centre: GeoPoint(lat: 32.1, lon: 120.9), radius: 50_000, asOf: Self.asOf, limit: 1_000,
            compareWithMarket: true)
        let result = try db.directory.search(query)
        let ranked = result.results.filter { $0.percentileRank != nil }
        #expect(ranked.count > 100)
        #expect(ranked.contains { ($0.percentileRank ?? 0) > 0 })
        for hit in ranked {
            let comparisons = try db.benchmarks.benchmarkComparisons(outletID: hit.id, asOf: Self.day).compactMap(
                \.comparison)
            let same = comparisons.first {
                Int($0.amountFen) == hit.monthlyPriceFen && $0.cell.p50Fen == hit.marketP50Fen
            }
            #expect(same?.percentileRank == hit.percentileRank, "\(hit.id)")
        }
    }
}
