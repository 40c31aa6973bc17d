import Foundation
import GRDB
import Testing

@testable import Registry

/// Market benchmarks on a small hand-computed fixture (docs/BENCHMARK-METHOD.md).
///
/// Cell 护理费 · self_care · month of elder institutions:
/// - 崇川 320613, five market outlets (weight = beds, NULL beds → 1), sorted by price then id:
///     M-01 1000元 w10 (cum 10) · M-02 1200元 w15 (25) · M-03 1200元 w25 (50, a tie with M-02,
///     after it by id) · M-04 1500元 w1 (51, beds not recorded) · M-05 2000元 w49 (100); total 100.
///   P25: first cum×100 ≥ 25×100 → M-02 (25, exactly) = 1200元; P50: ≥ 5000 → M-03 (50,
///   exactly) = 1200元; P75: ≥ 7500 → M-05 = 2000元. M-05's older 900元 price (ended
///   2025-12-31) and the suspended M-07's 500元 do not count; nor does inclusive I-01's 900元.
/// - 通州 320612, one market outlet M-06 800元 w50: fewer than 5 → pooled to the city.
/// - City: M-06 800 w50 (50) · M-01 1000 w10 (60) · M-02 1200 w15 (75) · M-03 1200 w25 (100) ·
///   M-04 1500 w1 (101) · M-05 2000 w49 (150); total 150. P25: cum×100 ≥ 3750 → M-06 = 800元;
///   P50: ≥ 7500 → M-02 (75, exactly) = 1200元; P75: ≥ 11250 → M-05 = 2000元.
/// Cell 床位费 (no level) · month: M-01 1500元, M-02 2000元 only: 2 < 5 in 崇川 and in the city →
/// insufficient, no percentiles.
/// Childcare C-01 (market, 崇川, classes infant 8 + toddler 10 places): 全日托·toddler weighs 10,
/// 餐费 (no class) weighs 18.
struct MarketBenchmarkTests {
    static func day(_ text: String) throws -> LocalDate { try LocalDate(parsing: text) }
    static let asOf = "2026-03-01"

    static func outletRow(
        _ id: String, kind: String = "elder_institution", pricing: String = "market", district: String = "320613",
        status: String = "operating", beds: String = "", classes: String = ""
    ) -> String {
        var fields = Array(repeating: "", count: Fixtures.outletsHeader.split(separator: ",").count)
        fields[0] = id
        fields[1] = Fixtures.usccA
        fields[2] = "测试机构\(id)"
        fields[3] = kind
        fields[4] = pricing
        fields[5] = district
        fields[7] = "测试地址\(id)"
        fields[8] = "32.0123"
        fields[9] = "120.8712"
        fields[11] = "2020-01-01"
        fields[12] = status
        fields[13] = beds
        fields[14] = beds
        fields[32] = classes
        return fields.joined(separator: ",")
    }

    static let outlets = [
        outletRow("M-01", beds: "10"), outletRow("M-02", beds: "15"), outletRow("M-03", beds: "25"),
        outletRow("M-04"), outletRow("M-05", beds: "49"), outletRow("M-06", district: "320612", beds: "50"),
        outletRow("M-07", status: "suspended", beds: "100"),
        outletRow("I-01", pricing: "inclusive", beds: "40"),
        outletRow("I-02", pricing: "inclusive", district: "320612", beds: "40"),
        outletRow("C-01", kind: "childcare_institution", classes: "infant:8:6:4;toddler:10:8:2"),
    ]

    static let prices = """
        outlet_id,item,care_level,age_class,unit,amount_yuan,effective_from,effective_to,inclusive
        M-01,护理费,self_care,,month,1000,2024-01-01,,no
        M-02,护理费,self_care,,month,1200,2024-01-01,,no
        M-03,护理费,self_care,,month,1200,2024-01-01,,no
        M-04,护理费,self_care,,month,1500,2024-01-01,,no
        M-05,护理费,self_care,,month,900,2024-01-01,2025-12-31,no
        M-05,护理费,self_care,,month,2000,2026-01-01,,no
        M-06,护理费,self_care,,month,800,2024-01-01,,no
        M-07,护理费,self_care,,month,500,2024-01-01,,no
        M-01,床位费,,,month,1500,2024-01-01,,no
        M-02,床位费,,,month,2000,2024-01-01,,no
        I-01,护理费,self_care,,month,900,2024-01-01,,yes
        I-02,护理费,self_care,,month,1000,2024-01-01,,yes
        C-01,全日托,,toddler,month,3000,2024-01-01,,no
        C-01,餐费,,,day,20,2024-01-01,,no

        """

    static func registry() throws -> RegistryDatabase {
        let db = try Fixtures.database()
        let options = ImportOptions(officer: "测试员", reason: "fixture")
        _ = try db.imports.importCSV(
            .operators, bytes: Array(Fixtures.operatorsCSV.utf8), fileName: "operators.csv", options: options)
        let outletsCSV = ([Fixtures.outletsHeader] + outlets).joined(separator: "\n") + "\n"
        _ = try db.imports.importCSV(.outlets, bytes: Array(outletsCSV.utf8), fileName: "outlets.csv", options: options)
        _ = try db.imports.importCSV(.prices, bytes: Array(prices.utf8), fileName: "prices.csv", options: options)
        return db
    }

    static let care = BenchmarkCellKey(kind: .elderInstitution, level: "self_care", item: "护理费", unit: .month)
    static let bed = BenchmarkCellKey(kind: .elderInstitution, level: nil, item: "床位费", unit: .month)

    static func cell(_ cells: [BenchmarkCell], _ district: String?, _ key: BenchmarkCellKey) -> BenchmarkCell? {
        cells.first { $0.districtCode == district && $0.key == key }
    }

    @Test func weightedNearestRankByHand() {
        let observations = [
            BenchmarkObservation(outletID: "B", districtCode: "x", amountFen: 120_000, weight: 25),
            BenchmarkObservation(outletID: "A", districtCode: "x", amountFen: 120_000, weight: 15),
            BenchmarkObservation(outletID: "C", districtCode: "x", amountFen: 100_000, weight: 10),
            BenchmarkObservation(outletID: "D", districtCode: "x", amountFen: 200_000, weight: 50),
        ]
        // Sorted: C 1000 (10), A 1200 (25, tie before B by id), B 1200 (50), D 2000 (100).
        #expect(WeightedPercentiles.sorted(observations).map(\.outletID) == ["C", "A", "B", "D"])
        // P25 → A (25 ≥ 25), P50 → B (50 ≥ 50), P75 → D; P10 → C (10 ≥ 10).
        #expect(
            WeightedPercentiles.percentiles(observations, [10, 25, 50, 75]) == [100_000, 120_000, 120_000, 200_000])
        // Below 1200元: C's weight 10 of 100 → 10%; below 2000元: 50%; below 1000元: 0%.
        let ladder = RankLadder(observations)
        #expect(
            ladder.steps == [
                .init(amountFen: 100_000, weightBelow: 0), .init(amountFen: 120_000, weightBelow: 10),
                .init(amountFen: 200_000, weightBelow: 50),
            ])
        #expect(ladder.rank(of: 120_000) == 10)
        #expect(ladder.rank(of: 200_000) == 50)
        #expect(ladder.rank(of: 100_000) == 0)
        // Between steps and past the last: the next step's weight, or all of it.
        #expect(ladder.rank(of: 150_000) == 50)
        #expect(ladder.rank(of: 200_001) == 100)
        #expect(RankLadder([]).rank(of: 1) == nil)
        #expect(WeightedPercentiles.percentiles([], [50]) == nil)
    }

    /// The ladders a run stores are the hand computation's (崇川 and the city's 护理费 cells), and
    /// they are exactly what migration 009 derives from the observations for runs stored before it.
    @Test func storedRankLaddersMatchTheHandComputationAndTheMigration() throws {
        let db = try Self.registry()
        let run = try db.benchmarks.computeBenchmarks(asOf: try Self.day(Self.asOf), officer: "统计员", reason: "test")
        let cells = try db.benchmarks.benchmarkCells(runID: run.id)
        let chongchuan = try #require(Self.cell(cells, "320613", Self.care))
        let city = try #require(Self.cell(cells, nil, Self.care))
        let tongzhou = try #require(Self.cell(cells, "320612", Self.care))
        let stored = try db.read { db in
            try Row.fetchAll(
                db, sql: "SELECT cell_id, amount_fen, weight_below FROM benchmark_rank ORDER BY cell_id, amount_fen"
            )
            .map { [$0["cell_id"], $0["amount_fen"], $0["weight_below"]] as [Int64] }
        }
        func steps(_ cell: BenchmarkCell) -> [[Int64]] { stored.filter { $0[0] == cell.id }.map { [$0[1], $0[2]] } }
        #expect(steps(chongchuan) == [[100_000, 0], [120_000, 10], [150_000, 50], [200_000, 51]])
        #expect(steps(city) == [[80_000, 0], [100_000, 50], [120_000, 60], [150_000, 100], [200_000, 101]])
        #expect(steps(tongzhou).isEmpty, "a pooled cell is compared by the city's ladder")

        let migration = try #require(Migration.embedded.first { $0.identifier == "009_benchmark_rank" })
        let derive = try #require(
            migration.sql.range(of: "WITH amounts").map { start in
                String(migration.sql[start.lowerBound...].prefix { $0 != ";" })
            })
        let select = derive.replacingOccurrences(
            of: "INSERT INTO benchmark_rank (cell_id, amount_fen, weight_below)\n", with: "")
        #expect(select != derive)
        let derived = try db.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM (\(select)) ORDER BY cell_id, amount_fen")
                .map { [$0["cell_id"], $0["amount_fen"], $0["weight_below"]] as [Int64] }
        }
        #expect(derived == stored)
        #expect(!stored.isEmpty)
    }

    @Test func fixtureCellsMatchTheHandComputation() throws {
        let db = try Self.registry()
        let run = try db.benchmarks.computeBenchmarks(asOf: try Self.day(Self.asOf), officer: "统计员", reason: "test")
        #expect(run.id == 1)
        #expect(run.minOutlets == 5)
        let cells = try db.benchmarks.benchmarkCells(runID: run.id)
        #expect(run.cells == cells.count)

        let chongchuan = try #require(Self.cell(cells, "320613", Self.care))
        #expect(chongchuan.status == .ok)
        #expect(chongchuan.outlets == 5)
        #expect(chongchuan.totalWeight == 100)
        #expect([chongchuan.p25Fen, chongchuan.p50Fen, chongchuan.p75Fen] == [120_000, 120_000, 200_000])

        let tongzhou = try #require(Self.cell(cells, "320612", Self.care))
        #expect(tongzhou.status == .pooled)
        #expect(tongzhou.outlets == 1)
        #expect(tongzhou.p50Fen == nil)

        let city = try #require(Self.cell(cells, nil, Self.care))
        #expect(city.status == .ok)
        #expect(city.outlets == 6)
        #expect(city.totalWeight == 150)
        #expect([city.p25Fen, city.p50Fen, city.p75Fen] == [80_000, 120_000, 200_000])

        for district in ["320613", nil] {
            let bed = try #require(Self.cell(cells, district, Self.bed))
            #expect(bed.status == .insufficient)
            #expect(bed.outlets == 2)
            #expect(bed.p50Fen == nil)
        }

        let toddler = BenchmarkCellKey(kind: .childcareInstitution, level: "toddler", item: "全日托", unit: .month)
        let meals = BenchmarkCellKey(kind: .childcareInstitution, level: nil, item: "餐费", unit: .day)
        #expect(Self.cell(cells, "320613", toddler)?.totalWeight == 10)
        #expect(Self.cell(cells, "320613", meals)?.totalWeight == 18)

        // The audit entry is in the same transaction.
        let entries = try db.audit.auditEntries(from: 1, limit: 1000).filter { $0.action == "benchmark.compute" }
        #expect(entries.map(\.entityID) == ["1"])
    }

    @Test func comparisonsUseTheDistrictCellOrThePooledCityCell() throws {
        let db = try Self.registry()
        try db.benchmarks.computeBenchmarks(asOf: try Self.day(Self.asOf), officer: "统计员", reason: "test")
        let i01 = try db.benchmarks.benchmarkComparisons(outletID: "I-01", asOf: try Self.day(Self.asOf))
        let local = try #require(i01.first?.comparison)
        // 900 / 1200 = 750‰; no 崇川 market price below 900元 → rank 0.
        #expect(local.pooled == false)
        #expect(local.ratioToP50Permille == 750)
        #expect(local.percentBelowMedian == 25)
        #expect(local.percentileRank == 0)
        let i02 = try db.benchmarks.benchmarkComparisons(outletID: "I-02", asOf: try Self.day(Self.asOf))
        let pooled = try #require(i02.first?.comparison)
        // 1000 / 1200 (city) = 833‰; below 1000元 in the city: M-06 (50 of 150) → 33%.
        #expect(pooled.pooled == true)
        #expect(pooled.cell.districtCode == nil)
        #expect(pooled.ratioToP50Permille == 833)
        #expect(pooled.percentileRank == 33)
        // Before any run's cut-off day there is no benchmark.
        let early = try db.benchmarks.benchmarkComparisons(outletID: "I-01", asOf: try Self.day("2026-02-28"))
        #expect(early.count == 1)
        #expect(early.first?.comparison == nil)
    }

    @Test func aPoolingThresholdOfOneKeepsEveryDistrictCell() throws {
        let db = try Self.registry()
        let run = try db.benchmarks.computeBenchmarks(
            asOf: try Self.day(Self.asOf), minOutlets: 1, officer: "统计员", reason: "test")
        let cells = try db.benchmarks.benchmarkCells(runID: run.id)
        let tongzhou = try #require(Self.cell(cells, "320612", Self.care))
        #expect(tongzhou.status == .ok)
        #expect(tongzhou.p50Fen == 80_000)
        #expect(throws: RegistryError.self) {
            try db.benchmarks.computeBenchmarks(
                asOf: try Self.day(Self.asOf), minOutlets: 0, officer: "统计员", reason: "test")
        }
    }

    @Test func inclusivePricesNeverFeedABenchmark() throws {
        let db = try Self.registry()
        let asOf = try Self.day(Self.asOf)
        let before = try db.benchmarks.computeBenchmarks(asOf: asOf, officer: "统计员", reason: "before")
        try db.writer.write { db in
            try db.execute(sql: "UPDATE price SET amount_fen = 1 WHERE is_inclusive = 1")
            try db.execute(sql: "UPDATE outlet SET beds = 100000 WHERE pricing = 'inclusive'")
        }
        let after = try db.benchmarks.computeBenchmarks(asOf: asOf, officer: "统计员", reason: "after")
        func strip(_ cells: [BenchmarkCell]) -> [BenchmarkCell] {
            cells.map { cell in
                var copy = cell
                copy.id = 0
                copy.runID = 0
                return copy
            }
        }
        #expect(
            strip(try db.benchmarks.benchmarkCells(runID: before.id))
                == strip(try db.benchmarks.benchmarkCells(runID: after.id)))
        #expect(after.id == before.id + 1)
    }

    @Test func runsAreImmutable() throws {
        let db = try Self.registry()
        let run = try db.benchmarks.computeBenchmarks(asOf: try Self.day(Self.asOf), officer: "统计员", reason: "test")
        for sql in [
            "UPDATE benchmark_run SET min_outlets = 2",
            "DELETE FROM benchmark_run",
            "UPDATE benchmark_cell SET p50_fen = p50_fen + 1 WHERE status = 'ok'",
            "DELETE FROM benchmark_cell",
            "UPDATE benchmark_observation SET amount_fen = 1",
            "DELETE FROM benchmark_observation",
            """
            INSERT INTO benchmark_cell (run_id, district_code, family, kind, level, item, unit, n_outlets, total_weight, status)
            VALUES (\(run.id), NULL, 'elder', 'elder_day_care', NULL, '新增', 'month', 1, 1, 'insufficient')
            """,
        ] {
            #expect(throws: DatabaseError.self) {
                try db.writer.write { db in try db.execute(sql: sql) }
            }
        }
        #expect(try db.benchmarks.benchmarkRun(id: run.id) == run)
    }

    @Test func latestRunOnOrBeforeADay() throws {
        let db = try Self.registry()
        let first = try db.benchmarks.computeBenchmarks(asOf: try Self.day("2026-01-15"), officer: "统计员", reason: "a")
        let second = try db.benchmarks.computeBenchmarks(asOf: try Self.day("2026-02-15"), officer: "统计员", reason: "b")
        #expect(try db.benchmarks.latestBenchmarkRun(onOrBefore: try Self.day("2026-01-14")) == nil)
        #expect(try db.benchmarks.latestBenchmarkRun(onOrBefore: try Self.day("2026-02-01"))?.id == first.id)
        #expect(try db.benchmarks.latestBenchmarkRun(onOrBefore: try Self.day("2026-03-01"))?.id == second.id)
        #expect(try db.benchmarks.benchmarkRuns().map(\.id) == [first.id, second.id])
    }
}
