import ArgumentParser
import Foundation
import PuhuiOutput
import Registry

/// `puhui show ID`: the whole record of one outlet.
struct ShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show the whole record of one outlet (查看网点详情).",
        discussion: """
            The outlet, its operator, capacity and childcare classes, staff, approvals, prices and \
            its recognition with the unified badge.

            Examples:
              puhui show NT-0001
              puhui show NT-0001 --format json --lang en
            """)

    enum Format: String, CaseIterable, ExpressibleByArgument {
        case table, json
    }

    @Argument(help: ArgumentHelp("The outlet's id, e.g. NT-0001.", valueName: "id"))
    var id: String

    @OptionGroup var common: CommonOptions
    @OptionGroup var asOf: AsOfOption

    @Option(help: ArgumentHelp("Output: table or json.", valueName: "format"))
    var format: Format = .table

    func run() async throws {
        let lang = common.language
        try await CommandRunner.run(lang) {
            let date = asOf.resolve()
            let registry = try RegistrySession(common).openForReading()
            let wanted = id.trimmingCharacters(in: .whitespaces)
            guard let record = try await registry.outlets.outletRecord(id: wanted) else {
                throw RegistryError.outletNotFound(wanted)
            }
            let comparisons = try await registry.benchmarks.benchmarkComparisons(outletID: wanted, asOf: date)
            let reviews = ReviewSummary(try await registry.reviews.reviews(outletID: wanted), asOf: date)
            switch format {
            case .json:
                Console.out(
                    try OutletDetailJSON(record: record, asOf: date, comparisons: comparisons, reviews: reviews)
                        .encoded())
            case .table:
                let divisions = Dictionary(
                    uniqueKeysWithValues: try await registry.outlets.divisions().map { ($0.code, $0) })
                var text = OutletDetailText(
                    record: record, asOf: date, divisions: divisions, lang: lang, comparisons: comparisons,
                    reviews: reviews)
                text.lastStep = try await registry.recognition.recognitionHistory(outletID: wanted).last {
                    ($0.on ?? date) <= date
                }
                Console.out(text.render())
                if try await registry.outlets.holdsSyntheticSample() {
                    Console.err(lang.t("（此登记库为合成示例数据）", "(This registry holds synthetic sample data.)"))
                }
            }
        }
    }
}
