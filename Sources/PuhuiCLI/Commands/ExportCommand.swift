import ArgumentParser
import Foundation
import Registry


/// `puhui export operators|outlets|prices`: CSV that imports back unchanged, JSON, GeoJSON.
struct ExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export operators, outlets or prices as CSV, JSON or GeoJSON (导出).",
        discussion: """
            CSV export is in the import format (docs/CSV.md): exporting, importing into a new \
            registry and exporting again gives identical files. GeoJSON is for outlets.

            Examples:
              puhui export outlets > outlets.csv
              puhui export outlets --format geojson --output outlets.geojson
              puhui export prices --format json
            """)

    @Argument(help: ArgumentHelp("What to export: operators, outlets or prices.", valueName: "table"))
    var table: RegistryTable

    @OptionGroup var common: CommonOptions

    @Option(help: ArgumentHelp("csv, json or geojson (outlets only).", valueName: "format"))
    var format: ExportFormat = .csv

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    func validate() throws {
        if format == .geojson && table != .outlets {
            throw ValidationError("--format geojson is for outlets only")
        }
    }

    func run() async throws {
        let lang = common.language
        try await CommandRunner.run(lang) {
            let registry = try RegistrySession(common).openForReading()
            let sink = try OutputSink(path: output)
            try await registry.exports.export(table, format: format) { chunk in try sink.write(chunk) }
            try sink.close()
            if let output {
                Console.err(lang.t("已写入 \(output)", "Wrote \(output)"))
            }
        }
    }
}
