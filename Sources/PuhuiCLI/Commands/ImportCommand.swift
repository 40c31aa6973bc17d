import ArgumentParser
import Foundation
import Registry

/// `puhui import operators|outlets|prices FILE`: CSV or an .xlsx workbook, all or nothing.
struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import operators, outlets or prices from CSV or an Excel/WPS workbook, all or nothing (导入).",
        discussion: """
            Every row is checked first. If any row is wrong, nothing is written and every problem \
            is listed as FILE:LINE (in a workbook FILE:SHEET!CELL): column, value and reason; fix \
            them and import again. A valid file is written in one transaction, each record logged \
            with the officer and reason. Import operators before their outlets, outlets before \
            their prices. Columns: docs/CSV.md; an empty file to fill in: puhui template.

            A workbook (.xlsx, as Excel, WPS and LibreOffice save it) is read from its first sheet \
            or --sheet. A CSV file is read as UTF-8, or as GB18030/GBK (what Excel and WPS save on \
            a Chinese Windows machine) when it is not UTF-8 — said on stderr — or when \
            --encoding gb18030 is given. On a terminal, progress is shown on stderr (--quiet: none).

            Examples:
              puhui import operators operators.csv --officer wang.li --reason "2026年第4季度备案"
              puhui import outlets outlets.xlsx --sheet 网点 --officer wang.li --dry-run
              puhui import prices prices.csv --encoding gb18030 --officer wang.li --update
            """)

    @Argument(help: ArgumentHelp("What the file holds: operators, outlets or prices.", valueName: "table"))
    var table: RegistryTable

    @Argument(help: ArgumentHelp("The CSV file or .xlsx workbook.", valueName: "file"))
    var file: String

    @Option(help: ArgumentHelp("The workbook's sheet to read (default: the first).", valueName: "name"))
    var sheet: String?

    @Option(
        help: ArgumentHelp(
            "A CSV file's encoding: auto (UTF-8, else GB18030), utf-8 or gb18030.", valueName: "encoding"))
    var encoding: CSVEncoding = .automatic

    @OptionGroup var common: CommonOptions
    @OptionGroup var officer: OfficerOptions
    @OptionGroup var progress: ProgressOptions

    @Flag(name: .customLong("dry-run"), help: "Check the file and report, writing nothing.")
    var dryRun = false

    @Flag(help: "Replace records whose key is already in the registry (else they are refused).")
    var update = false

    func run() async throws {
        let lang = common.language
        let reporter = progress.reporter(lang)
        defer { reporter?.finish() }
        try await CommandRunner.run(lang) {
            guard let who = officer.resolvedOfficer() else { throw RegistryError.officerRequired }
            let registry = try RegistrySession(common).openForWriting()
            try await OfficerOptions.checkWriter(who, on: registry, lang)
            var options = ImportOptions(officer: who, reason: officer.reason, update: update, dryRun: dryRun)
            options.encoding = encoding
            options.sheet = sheet
            let summary: ImportSummary
            do {
                summary = try await registry.imports.importFile(
                    table, path: file, options: options, progress: reporter?.handler)
            } catch {
                reporter?.finish()
                throw error
            }
            reporter?.finish()
            if summary.readAs == .gb18030 {
                Console.err(
                    lang.t(
                        "注意：\(summary.file) 不是 UTF-8 编码，已按 GB18030（GBK）读取。",
                        "note: \(summary.file) is not UTF-8; it was read as GB18030 (GBK)."))
            }
            for warning in summary.warnings {
                Console.err(lang.t("注意：", "note: ") + warning.description(lang))
            }
            let name = summary.sheet.map { "\(summary.file):\($0)" } ?? summary.file
            if summary.rows == 0 {
                Console.out(
                    lang.t(
                        "\(name)：只有表头，没有数据行；登记库未作任何改动。",
                        "\(name): a header and no rows; the registry was not changed."))
            } else if summary.dryRun {
                Console.out(
                    lang.t(
                        "\(name)：\(summary.rows) 行全部通过检查（试运行，未写入）。",
                        "\(name): all \(summary.rows) rows are valid (dry run: nothing written)."))
            } else {
                Console.out(
                    lang.t(
                        "\(name)：已导入 \(summary.rows) 行（新增 \(summary.inserted)，更新 \(summary.updated)），经办人 \(who)。",
                        "\(name): imported \(summary.rows) rows (\(summary.inserted) new, \(summary.updated) updated) by \(who)."
                    ))
            }
        }
    }
}
