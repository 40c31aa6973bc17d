import ArgumentParser
import Foundation
import Registry

/// `puhui template operators|outlets|prices`: an import file to fill in.
struct TemplateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "template",
        abstract: "Write an empty import file to fill in: the header and one example row (导入模板).",
        discussion: """
            CSV (UTF-8 with a byte-order mark, which Excel and WPS open as such) or an .xlsx \
            workbook whose second sheet, 说明, explains every column in Chinese. The example rows \
            import as they are: operators, then outlets, then prices. Columns: docs/CSV.md.

            Examples:
              puhui template outlets --format xlsx --output 网点.xlsx
              puhui template prices > prices.csv
            """)

    /// What the template is written as.
    enum Format: String, CaseIterable, ExpressibleByArgument {
        case csv
        case xlsx
    }

    @Argument(help: ArgumentHelp("Which file: operators, outlets or prices.", valueName: "table"))
    var table: RegistryTable

    @Option(help: ArgumentHelp("csv or xlsx.", valueName: "format"))
    var format: Format = .csv

    @Option(
        name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    @Option(
        name: .long,
        help: ArgumentHelp("Language of the tool's words: zh or en (else from LC_ALL/LANG).", valueName: "zh|en"))
    var lang: Language?

    func run() async throws {
        let lang = Language.resolve(lang)
        try await CommandRunner.run(lang) {
            switch format {
            case .csv:
                let sink = try OutputSink(path: output)
                try sink.write(ImportTemplate.csv(table))
                try sink.close()
            case .xlsx:
                try await WorkbookOutput.write(to: output, lang) { path in
                    try ImportTemplate.writeWorkbook(table, to: path)
                }
            }
            if let output { Console.err(lang.t("已写入 \(output)", "Wrote \(output)")) }
        }
    }
}
