import ArgumentParser
import Foundation
import PuhuiOutput
import Registry

/// `puhui report --html FILE [--as-of DATE]`: the plan's targets, the map and prices against
/// the market as one self-contained HTML page.
struct ReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write a self-contained HTML report: map, targets, prices (生成图表报告).",
        discussion: """
            One HTML file that opens in any browser without a network: a map of the city with \
            outlets by kind and standing (SVG from the coordinates, district centres labelled), \
            each target of the plan per district as a bar chart against the target line, \
            inclusive fees against the market median per district and kind, and the city's \
            benchmark table. The figures are those of `puhui stats --format json` on the same \
            day, embedded in the page. Words in --lang (else the locale).

            Examples:
              puhui report --html report.html --as-of 2026-11-29 --lang zh
              puhui report --html /tmp/nantong.html
            """)

    @OptionGroup var common: CommonOptions
    @OptionGroup var asOf: AsOfOption

    @Option(
        name: .customLong("html"),
        help: ArgumentHelp("The HTML file to write (replaced if it exists).", valueName: "file"))
    var htmlPath: String

    func validate() throws {
        if htmlPath.trimmingCharacters(in: .whitespaces).isEmpty {
            throw CLIError.usage("--html：请给要写入的文件，如 report.html", "--html: give the file to write, e.g. report.html")
        }
    }

    func run() async throws {
        let lang = common.language
        try await CommandRunner.run(lang) {
            let registry = try RegistrySession(common).openForReading()
            let day = asOf.resolve()
            let stats = try await StatsCommand.statistics(registry, asOf: day, district: nil, lang: lang)
            guard let bounds = try await registry.outlets.cityBounds() else {
                throw RegistryError.invalidReferenceData(
                    file: "Seed/reference/city.csv", line: 1, reason: "the registry has no city bounding box")
            }
            let divisions = try await registry.outlets.divisions()
            let report = ReportHTML(
                stats: stats, statsJSON: try PlanStatisticsJSON.encode(stats),
                market: try await registry.statistics.marketReport(asOf: day),
                map: ReportMapSVG(
                    bounds: bounds, outlets: try await registry.statistics.mapOutlets(asOf: day), divisions: divisions,
                    lang: lang),
                divisions: divisions, synthetic: try await registry.outlets.holdsSyntheticSample(), lang: lang)
            let url = URL(fileURLWithPath: htmlPath)
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue {
                throw CLIError.cannotWrite(htmlPath, lang.t("这是一个目录，请给出文件名", "it is a directory; give a file name"))
            }
            do {
                try Data(report.render().utf8).write(to: url, options: .atomic)
            } catch {
                throw CLIError.writing(htmlPath, error.localizedDescription)
            }
            Console.out(lang.t("已写入报告 \(htmlPath)（截至 \(day)）。", "Wrote the report to \(htmlPath) (as of \(day))."))
        }
    }
}
