import ArgumentParser

/// `puhui benchmark`: market price benchmarks — compute a run, list runs, show one.
struct BenchmarkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "benchmark",
        abstract: "Compute and read market price benchmarks (市场价格基准).",
        discussion: """
            A benchmark run takes the prices of market (non-inclusive) outlets in force on a cut-off \
            day and computes the weighted P25/P50/P75 per district × kind × item × care level or \
            class × unit; a district with too few market outlets is pooled to the city. Runs are \
            immutable. Inclusive prices are compared with the latest run on or before the day \
            (puhui show, and rule PR-01 in puhui verify). The method is docs/BENCHMARK-METHOD.md.

            Examples:
              puhui benchmark compute --as-of 2026-11-29 --officer wang.li --reason 四季度基准
              puhui benchmark list
              puhui benchmark show --district 320613 --kind childcare
              puhui benchmark show --run 1 --format csv
            """,
        subcommands: [BenchmarkComputeCommand.self, BenchmarkListCommand.self, BenchmarkShowCommand.self])
}
