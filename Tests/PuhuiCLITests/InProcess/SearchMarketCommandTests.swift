import Foundation
import Testing

/// `puhui search` against the market through the built binary: the hint without a run, then
/// the column, JSON and CSV fields, --sort price and --max-ratio, and a bad ratio refused.
@Suite("puhui search against the market, in-process")
struct SearchMarketCommandTests {
    struct Result: Decodable {
        struct Hit: Decodable {
            var id: String
            var monthlyPriceFen: Int?
            var ratioToP50Permille: Int?
            var percentileRank: Int?
            var benchmarkRun: Int?
        }
        var total: Int
        var results: [Hit]
        var benchmarkRun: Int?
        var leftOutWithoutComparison: Int?
    }

    @Test func ratiosSortAndFilter() async throws {
        let puhui = try ScratchFolder()
        let db = ["--db", puhui.path("r.sqlite")]
        let search =
            ["search", "--place", "城东", "--radius", "5000", "--kind", "childcare", "--as-of", "2026-11-29"] + db
        #expect(await puhui.run(["init", "--sample"] + db).status == 0)
        // The sample comes with its benchmark run as of 2026-11-29; a day before it, there is none.
        let before = await puhui.run(
            [
                "search", "--place", "城东", "--radius", "5000", "--kind", "childcare", "--as-of", "2026-11-28", "--lang",
                "en",
            ]
                + db)
        #expect(before.status == 0)
        #expect(before.stdout.contains("No market benchmark run on or before 2026-11-28"))
        #expect(before.stdout.contains("puhui benchmark compute"))

        let table = await puhui.run(search + ["--lang", "zh"])
        let row = try #require(table.stdout.split(separator: "\n").first { $0.contains("NT-0105") })
        #expect(row.contains("2,250元/月"))
        #expect(row.contains("低于市场中位 27%"))
        #expect(table.stdout.contains("基准第 1 次"))

        let json = try JSONDecoder.fromSnakeCase.decode(
            Result.self, from: Data(await puhui.run(search + ["--format", "json"]).stdout.utf8))
        #expect(json.benchmarkRun == 1)
        let hit = try #require(json.results.first { $0.id == "NT-0105" })
        #expect(hit.ratioToP50Permille == 723)
        #expect(hit.benchmarkRun == 1)
        #expect(hit.percentileRank != nil)

        let csv = await puhui.run(search + ["--format", "csv"])
        let lines = csv.stdout.split(separator: "\n").map(String.init)
        #expect(
            lines.first?.hasSuffix(
                ",monthly_price_yuan,ratio_to_p50_permille,percentile_rank,benchmark_run,market_p50_yuan") == true)
        let csvRow = try #require(lines.first { $0.hasPrefix("NT-0105,") })
        #expect(csvRow.contains(",2250.00,723,"))
        #expect(csvRow.hasSuffix(",1,3110.00"))

        let cheap = try JSONDecoder.fromSnakeCase.decode(
            Result.self,
            from: Data(
                await puhui.run(search + ["--format", "json", "--sort", "price", "--max-ratio", "0.75"]).stdout.utf8))
        #expect(!cheap.results.isEmpty)
        #expect(cheap.results.allSatisfy { ($0.ratioToP50Permille ?? 10_000) <= 750 })
        let fees = cheap.results.compactMap(\.monthlyPriceFen)
        #expect(fees == fees.sorted())
        #expect(cheap.leftOutWithoutComparison != nil)
        #expect(cheap.total < json.total)

        let bad = await puhui.run(search + ["--max-ratio", "0.8x", "--lang", "en"])
        #expect(bad.status == 64)
        #expect(bad.stderr.contains("--max-ratio 0.8x"))
        let badSort = await puhui.run(search + ["--sort", "rating"])
        #expect(badSort.status == 64)
    }
}
