import ArgumentParser
import Registry

/// `puhui benchmark compute [--as-of DATE] [--min-outlets N] [--officer ID] [--reason TEXT]`.
struct BenchmarkComputeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compute",
        abstract: "Compute market benchmarks as of a day and store them as a new run (计算市场价格基准).",
        discussion: """
            Observations: prices in force on --as-of of market outlets (pricing market, \
            inclusive=no) that are operating. A district cell with fewer than --min-outlets market \
            outlets is pooled to the city; if the city is short too it is insufficient. The run is \
            stored with an audit entry and never changed: to correct it, compute a new one.

            Examples:
              puhui benchmark compute --officer wang.li
              puhui benchmark compute --as-of 2026-11-29 --min-outlets 5 --officer wang.li
            """)

    @OptionGroup var asOf: AsOfOption

    @Option(
        parsing: .unconditional,
        help: ArgumentHelp("Pool a district cell with fewer market outlets than this to the city.", valueName: "n"))
    var minOutlets: Int = BenchmarkRun.defaultMinOutlets

    @OptionGroup var common: CommonOptions
    @OptionGroup var progress: ProgressOptions
    @OptionGroup var officer: OfficerOptions

    func validate() throws {
        guard minOutlets >= 1 else {
            throw CLIError.usage("--min-outlets \(minOutlets)：至少为 1", "--min-outlets \(minOutlets): give 1 or more")
        }
    }

    func run() async throws {
        let lang = common.language
        try await CommandRunner.run(lang) {
            let day = asOf.resolve()
            let registry = try RegistrySession(common).openForWriting()
            guard let who = officer.resolvedOfficer() else { throw RegistryError.officerRequired }
            try await OfficerOptions.checkWriter(who, on: registry, lang)
            let reporter = progress.reporter(lang)
            defer { reporter?.finish() }
            let run = try await registry.benchmarks.computeBenchmarks(
                asOf: day, minOutlets: minOutlets, officer: who, reason: officer.reason, progress: reporter?.handler)
            reporter?.finish()
            let cells = try await registry.benchmarks.benchmarkCells(runID: run.id)
            func count(_ status: BenchmarkStatus, city: Bool) -> Int {
                cells.filter { $0.status == status && ($0.districtCode == nil) == city }.count
            }
            Console.out(
                lang.t(
                    """
                    已计算基准第 \(run.id) 次（截止 \(run.asOf)，每格至少 \(run.minOutlets) 家市场化网点）：\(run.observations) 个市场价格，\(run.cells) 格。
                    区县格：有效 \(count(.ok, city: false))，合并至全市 \(count(.pooled, city: false))，数据不足 \(count(.insufficient, city: false))；全市格：有效 \(count(.ok, city: true))，数据不足 \(count(.insufficient, city: true))。
                    """,
                    """
                    Computed benchmark run \(run.id) (cut-off \(run.asOf), at least \(run.minOutlets) market outlets a cell): \(run.observations) market prices, \(run.cells) cells.
                    District cells: ok \(count(.ok, city: false)), pooled to the city \(count(.pooled, city: false)), insufficient \(count(.insufficient, city: false)); city cells: ok \(count(.ok, city: true)), insufficient \(count(.insufficient, city: true)).
                    """))
        }
    }
}
