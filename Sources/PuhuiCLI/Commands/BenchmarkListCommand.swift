import ArgumentParser
import PuhuiOutput
import Registry

/// `puhui benchmark list [--format table|json|csv]`.
struct BenchmarkListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the stored benchmark runs (基准计算记录).",
        discussion: """
            Examples:
              puhui benchmark list
              puhui benchmark list --format json
            """)

    @Option(help: "Output format.")
    var format: BenchmarkOutputFormat = .table

    @OptionGroup var common: CommonOptions

    func run() async throws {
        let lang = common.language
        try await CommandRunner.run(lang) {
            let runs = try await RegistrySession(common).openForReading().benchmarks.benchmarkRuns()
            switch format {
            case .json:
                Console.out(try JSONOutput.encode(runs, snakeCase: true))
            case .csv:
                var lines = ["id,as_of,computed_at,min_outlets,cells,observations,officer,reason,method"]
                for run in runs {
                    var fields = [String(run.id), run.asOf.description, run.computedAt, String(run.minOutlets)]
                    fields += [String(run.cells), String(run.observations), run.officer, run.reason, run.method]
                    lines.append(CSVText.line(fields))
                }
                Console.out(lines.joined(separator: "\n"))
            case .table:
                guard !runs.isEmpty else {
                    Console.out(
                        lang.t(
                            "尚无基准计算记录。用 puhui benchmark compute --officer 工号 计算。",
                            "No benchmark runs yet. Compute one with: puhui benchmark compute --officer ID"))
                    return
                }
                var table = TextTable([
                    .init(title: lang.t("编号", "run"), rightAligned: true), .init(title: lang.t("截止日", "cut-off")),
                    .init(title: lang.t("计算时间 (UTC)", "computed (UTC)")),
                    .init(title: lang.t("每格最少", "min outlets"), rightAligned: true),
                    .init(title: lang.t("格数", "cells"), rightAligned: true),
                    .init(title: lang.t("价格数", "prices"), rightAligned: true), .init(title: lang.t("经办人", "officer")),
                    .init(title: lang.t("事由", "reason"), maxWidth: 30),
                ])
                for run in runs {
                    table.append([
                        String(run.id), run.asOf.description, run.computedAt, String(run.minOutlets), String(run.cells),
                        String(run.observations), run.officer, run.reason,
                    ])
                }
                Console.out(table.render())
            }
        }
    }
}

/// `--format` of the benchmark commands.
enum BenchmarkOutputFormat: String, CaseIterable, ExpressibleByArgument {
    case table, json, csv
}
