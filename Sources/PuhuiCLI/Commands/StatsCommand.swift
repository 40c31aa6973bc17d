import ArgumentParser
import Foundation
import PuhuiOutput
import Registry

/// `puhui stats [--as-of DATE] [--district CODE] [--format table|json|csv]`: the plan's targets.
struct StatsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Progress on the plan's targets, per district and for the city (规划目标进展统计).",
        discussion: """
            Each measurable 2025 target of 通政办发〔2022〕112号: inclusive nursing-type beds as a share \
            of elder-care institution beds (≥ 75%), childcare slots per 1,000 residents (> 4.5), \
            provincial inclusive (≥ 60) and demonstration (≥ 15) childcare institutions, 街道 with a \
            community elder-care centre (every one), community childcare coverage (> 50%, by \
            街道/镇 centre and a coverage distance), and certified outlets by kind. Each row: the \
            counts, the value, the target, the gap (target − value) and the status. Targets set for \
            the city only are shown on district rows as 全市目标 / city target, not judged there.

            Thresholds and the coverage distance are dated parameters in \
            Seed/targets/nantong-plan-2025.yaml; residents from the 2020 census \
            (Seed/reference/divisions.csv). Definitions: docs/STATS.md.

            Examples:
              puhui stats --as-of 2026-11-29
              puhui stats --district 320613 --format json
              puhui stats --format csv > stats.csv
            """)

    enum Format: String, CaseIterable, ExpressibleByArgument {
        case table, json, csv
    }

    @OptionGroup var common: CommonOptions
    @OptionGroup var asOf: AsOfOption

    @Option(
        parsing: .unconditional,
        help: ArgumentHelp(
            "Only this district, by code (320613) or name (崇川区); city: the whole city (the default).",
            valueName: "district"), completion: DistrictSelector.completion, transform: DistrictSelector.transform)
    var district: DistrictSelector?

    @Option(help: ArgumentHelp("Output: table, json or csv.", valueName: "format"))
    var format: Format = .table

    func run() async throws {
        let lang = common.language
        try await CommandRunner.run(lang) {
            let registry = try RegistrySession(common).openForReading()
            let stats = try await Self.statistics(registry, asOf: asOf.resolve(), district: district?.code, lang: lang)
            switch format {
            case .json: Console.out(try PlanStatisticsJSON.encode(stats))
            case .csv: Console.out(PlanStatisticsCSV(stats: stats).render())
            case .table:
                Console.out(PlanStatisticsText(stats: stats, lang: lang).render())
                if try await registry.outlets.holdsSyntheticSample() {
                    Console.err(
                        lang.t(
                            "（此登记库为合成示例数据，机构均为虚构）",
                            "(This registry holds synthetic sample data: the outlets are invented.)"))
                }
            }
        }
    }

    /// The statistics on a day, with a district given by code checked against the registry's
    /// divisions (a clear usage error naming the value and the valid codes).
    static func statistics(
        _ registry: any RegistryStore, asOf day: LocalDate, district: String?, lang: Language
    ) async throws -> PlanStatistics {
        try await PlanStatisticsRequest.statistics(registry, asOf: day, district: district, .option)
    }
}
