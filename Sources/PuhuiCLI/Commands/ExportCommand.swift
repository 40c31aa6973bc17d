import ArgumentParser
import Foundation
import Registry

/// `puhui export operators|outlets|prices`: CSV or a workbook that imports back unchanged, JSON, GeoJSON.
struct ExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export operators, outlets or prices as CSV, an Excel/WPS workbook, JSON or GeoJSON (导出).",
        discussion: """
            CSV export is in the import format (docs/CSV.md): exporting, importing into a new \
            registry and exporting again gives identical files. An .xlsx workbook (--format xlsx) \
            holds the same columns with the header frozen and codes as text, and imports back \
            unchanged. GeoJSON is for outlets. On a terminal, progress is shown on stderr \
            (--quiet: none).

            Examples:
              puhui export outlets > outlets.csv
              puhui export outlets --format xlsx --output 网点.xlsx
              puhui export outlets --format geojson --output outlets.geojson
              puhui export prices --format json
            """)

    @Argument(help: ArgumentHelp("What to export: operators, outlets or prices.", valueName: "table"))
    var table: RegistryTable

    @OptionGroup var common: CommonOptions

    @OptionGroup var progress: ProgressOptions

    @Option(help: ArgumentHelp("csv, json, geojson (outlets only) or xlsx.", valueName: "format"))
    var format: ExportFormat = .csv

    @Option(
        name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    func validate() throws {
        if format == .geojson && table != .outlets {
            throw CLIError.usage("--format geojson 只用于网点（outlets）", "--format geojson is for outlets only")
        }
    }

    func run() async throws {
        let lang = common.language
        try await CommandRunner.run(lang) {
            let registry = try RegistrySession(common).openForReading()
            let reporter = progress.reporter(lang)
            defer { reporter?.finish() }
            if format == .xlsx {
                try await WorkbookOutput.write(to: output, lang) { path in
                    try await registry.exports.exportWorkbook(table, to: path, progress: reporter?.handler)
                }
            } else {
                let sink = try OutputSink(path: output)
                try await registry.exports.export(table, format: format, progress: reporter?.handler) { chunk in
                    try sink.write(chunk)
                }
                try sink.close()
            }
            reporter?.finish()
            if let output {
                Console.err(lang.t("已写入 \(output)", "Wrote \(output)"))
            }
        }
    }
}
