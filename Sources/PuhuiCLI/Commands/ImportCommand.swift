import ArgumentParser
import Foundation
import Registry


/// `puhui import operators|outlets|prices FILE`: all or nothing.
struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import operators, outlets or prices from CSV, all or nothing (导入 CSV).",
        discussion: """
            Every row is checked first. If any row is wrong, nothing is written and every problem \
            is listed as FILE:LINE: column, value and reason; fix them and import again. A valid \
            file is written in one transaction, each record logged with the officer and reason. \
            Import operators before their outlets, outlets before their prices. Columns: docs/CSV.md.

            Examples:
              puhui import operators operators.csv --officer wang.li --reason "2026年第4季度备案"
              puhui import outlets outlets.csv --officer wang.li --dry-run
              puhui import prices prices.csv --officer wang.li --update --reason "调价"
            """)

    @Argument(help: ArgumentHelp("What the file holds: operators, outlets or prices.", valueName: "table"))
    var table: RegistryTable

    @Argument(help: ArgumentHelp("The CSV file (UTF-8, with or without BOM).", valueName: "file"))
    var file: String

    @OptionGroup var common: CommonOptions
    @OptionGroup var officer: OfficerOptions

    @Flag(name: .customLong("dry-run"), help: "Check the file and report, writing nothing.")
    var dryRun = false

    @Flag(help: "Replace records whose key is already in the registry (else they are refused).")
    var update = false

    func run() async throws {
        let lang = common.language
        try await CommandRunner.run(lang) {
            guard let who = officer.resolvedOfficer() else { throw RegistryError.officerRequired }
            let registry = try RegistrySession(common).openForWriting()
            try await OfficerOptions.checkWriter(who, on: registry, lang)
            let summary = try await registry.imports.importCSV(
                table, path: file, options: ImportOptions(officer: who, reason: officer.reason, update: update, dryRun: dryRun))
            for warning in summary.warnings {
                Console.err(lang.t("注意：", "note: ") + warning.description(lang))
            }
            if summary.rows == 0 {
                Console.out(lang.t("\(summary.file)：只有表头，没有数据行；登记库未作任何改动。",
                                   "\(summary.file): a header and no rows; the registry was not changed."))
            } else if summary.dryRun {
                Console.out(lang.t("\(summary.file)：\(summary.rows) 行全部通过检查（试运行，未写入）。",
                                   "\(summary.file): all \(summary.rows) rows are valid (dry run: nothing written)."))
            } else {
                Console.out(lang.t("\(summary.file)：已导入 \(summary.rows) 行（新增 \(summary.inserted)，更新 \(summary.updated)），经办人 \(who)。",
                                   "\(summary.file): imported \(summary.rows) rows (\(summary.inserted) new, \(summary.updated) updated) by \(who)."))
            }
        }
    }
}
