import Foundation
import Testing
import Workbook

@testable import Registry

/// Workbooks and GB18030 CSV through the one import: the same validation, the same
/// all-or-nothing rule, problems placed where a spreadsheet user looks.
@Suite("Importing workbooks and GB18030 CSV")
struct WorkbookImportTests {
    static let options = ImportOptions(officer: "测试员", reason: "workbook")

    static let folder: URL = {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "puhui-xlsx-import-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }()

    static let fixtureCSV: [(RegistryTable, String)] = [
        (.operators, Fixtures.operatorsCSV), (.outlets, Fixtures.outletsCSV), (.prices, Fixtures.pricesCSV),
    ]

    /// LibreOffice headless (Debian `libreoffice-calc`), when this machine has it.
    static let soffice: String? = ["/usr/bin/soffice", "/usr/local/bin/soffice"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    }

    static func exports(_ db: RegistryDatabase) throws -> [String] {
        try RegistryTable.allCases.map { try db.exports.exportText($0, format: .csv) }
    }

    static func run(_ tool: String, _ arguments: [String], input: URL? = nil, output: URL? = nil) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        if let input { process.standardInput = try FileHandle(forReadingFrom: input) }
        if let output {
            try Data().write(to: output)
            process.standardOutput = try FileHandle(forWritingTo: output)
        } else {
            process.standardOutput = FileHandle.nullDevice
        }
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }

    @Test(
        "workbooks LibreOffice makes from the test CSVs import to the same registry as the CSVs",
        .enabled(if: soffice != nil, "LibreOffice (soffice) is not installed: .ci/run installs libreoffice-calc"))
    func libreOfficeWorkbooks() throws {
        let folder = Self.folder.appendingPathComponent("libreoffice")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let fromXLSX = try Fixtures.database()
        for (table, text) in Self.fixtureCSV {
            let csv = folder.appendingPathComponent("\(table.rawValue).csv")
            try Data(text.utf8).write(to: csv)
            // Comma, quote, UTF-8, from line 1; the code columns (uscc, operator_uscc) as text,
            // as an officer formats them: LibreOffice would make an all-digit USCC a number.
            let types = table == .operators ? "1/2" : table == .outlets ? "2/2" : ""
            let status = try Self.run(
                Self.soffice!,
                [
                    "--headless", "--infilter=CSV:44,34,76,1,\(types)", "--convert-to", "xlsx", "--outdir", folder.path,
                    csv.path,
                ])
            #expect(status == 0)
            let xlsx = folder.appendingPathComponent("\(table.rawValue).xlsx")
            let summary = try fromXLSX.imports.importFile(table, path: xlsx.path, options: Self.options, progress: nil)
            #expect(summary.sheet == table.rawValue)
            #expect(summary.rows == [RegistryTable.operators: 3, .outlets: 3, .prices: 5][table])
        }
        #expect(try Self.exports(fromXLSX) == Self.exports(try Fixtures.populated()))
    }

    @Test("an exported workbook imports back unchanged, every table")
    func exportRoundTrip() throws {
        let first = try Fixtures.populated()
        let second = try Fixtures.database()
        for table in RegistryTable.allCases {
            let path = Self.folder.appendingPathComponent("export-\(table.rawValue).xlsx").path
            try first.exports.exportWorkbook(table, to: path, progress: nil)
            _ = try second.imports.importFile(table, path: path, options: Self.options, progress: nil)
        }
        #expect(try Self.exports(second) == Self.exports(first))
    }

    @Test("export writes codes as text, amounts and counts as numbers, dates as dates, the header frozen")
    func exportCellTypes() throws {
        let path = Self.folder.appendingPathComponent("types-outlets.xlsx").path
        try Fixtures.populated().exports.exportWorkbook(.outlets, to: path, progress: nil)
        var rows: [SheetRow] = []
        try Workbook(path: path).sheet().forEachRow { rows.append($0) }
        let columns = RegistryTable.outlets.columns
        func cell(_ row: Int, _ column: String) -> SheetCell.Value? {
            let index = columns.firstIndex(of: column)! + 1
            return rows[row].cells.first { $0.column == index }?.value
        }
        #expect(cell(1, "district_code") == .text("320613"))
        #expect(cell(1, "lat") == .number("32.0123"))
        #expect(cell(1, "beds") == .number("120"))
        #expect(cell(1, "opened_on") == .date("2019-05-01"))
        #expect(cell(1, "operator_uscc") == .text(Fixtures.usccA))
        let prices = Self.folder.appendingPathComponent("types-prices.xlsx").path
        try Fixtures.populated().exports.exportWorkbook(.prices, to: prices, progress: nil)
        var priceRows: [SheetRow] = []
        try Workbook(path: prices).sheet().forEachRow { priceRows.append($0) }
        #expect(priceRows[1].cells.contains { $0.value == .number("1850.5") })
    }

    /// A workbook written cell by cell: the header, then rows.
    static func workbook(_ name: String, _ table: RegistryTable, rows: [[WorkbookValue]]) throws -> String {
        let writer = try WorkbookWriter()
        try writer.addSheet(name: "网点表") { sheet in
            try sheet.write(table.columns.map(WorkbookValue.text), style: .header)
            for row in rows { try sheet.write(row) }
        }
        let path = folder.appendingPathComponent(name).path
        try writer.write(to: path)
        return path
    }

    /// The fixture's outlets as cells (CSV text by column kind), with `change` applied.
    static func outletRows(_ change: (inout [WorkbookValue]) -> Void = { _ in }) throws -> [[WorkbookValue]] {
        var reader = CSVReader(text: Fixtures.outletsCSV)
        let kinds = RegistryTable.outlets.guide.map(\.kind)
        var rows = try reader.readAll().dropFirst().map { WorkbookValue.cells($0.fields, kinds: kinds) }
        change(&rows[0])
        return Array(rows)
    }

    @Test("a problem names the sheet and cell, in both languages, and nothing is imported")
    func problemsAtCells() throws {
        let db = try Fixtures.database()
        _ = try db.imports.importCSV(
            .operators, bytes: Array(Fixtures.operatorsCSV.utf8), fileName: "operators.csv", options: Self.options)
        let lat = RegistryTable.outlets.columns.firstIndex(of: "lat")!
        let path = try Self.workbook("outlets.xlsx", .outlets, rows: try Self.outletRows { $0[lat] = .number("3.2") })
        let before = try Self.exports(db)
        var rejected: [ImportProblem] = []
        do {
            _ = try db.imports.importFile(.outlets, path: path, options: Self.options, progress: nil)
        } catch RegistryError.importRejected(_, let problems) {
            rejected = problems
        }
        #expect(rejected.count == 1)
        #expect(rejected.first?.description(.en).hasPrefix("outlets.xlsx:网点表!I2: column lat: value \"3.2\": ") == true)
        #expect(rejected.first?.description(.zh).hasPrefix("outlets.xlsx:网点表!I2: 列 lat：值 \"3.2\"：") == true)
        #expect(try Self.exports(db) == before)
    }

    @Test("a date serial in a date column is the day; a text code stays text")
    func serialsAndCodes() throws {
        let db = try Fixtures.database()
        _ = try db.imports.importCSV(
            .operators, bytes: Array(Fixtures.operatorsCSV.utf8), fileName: "operators.csv", options: Self.options)
        let opened = RegistryTable.outlets.columns.firstIndex(of: "opened_on")!
        let phone = RegistryTable.outlets.columns.firstIndex(of: "phone")!
        // 43586 is 2019-05-01, written as a plain number (a date column formatted as a number).
        let path = try Self.workbook(
            "serials.xlsx", .outlets,
            rows: try Self.outletRows {
                $0[opened] = .number("43586")
                $0[phone] = .text("0513001")
            })
        _ = try db.imports.importFile(.outlets, path: path, options: Self.options, progress: nil)
        let exported = try db.exports.exportText(.outlets, format: .csv)
        #expect(exported.contains(",0513001,2019-05-01,"))
    }

    @Test("a cell that holds no value to read is a problem at its cell")
    func cellProblems() {
        let row = SheetRow(
            number: 7,
            cells: [
                SheetCell(column: 1, value: .text("NT-1")),
                SheetCell(column: 2, value: .formulaWithoutValue("=B1*2")),
                SheetCell(column: 3, value: .number("123206234309316000")),
                SheetCell(column: 5, value: .text("beyond")),
            ])
        let record = SheetRecordSource.record(row, width: 3)
        #expect(record.line == 7)
        #expect(record.fields == ["NT-1", "", ""])
        #expect(record.cellProblems[1]?.en.contains("=B1*2") == true)
        #expect(record.cellProblems[2]?.en.contains("18-digit number") == true)
        #expect(record.cellProblems[4]?.en.contains("without a header") == true)
        var reader = FieldReader(file: "o.xlsx", record: record, columns: ["id": 0, "name": 1, "kind": 2])
        let passed = reader.checkCells()
        #expect(!passed)
        let placed = reader.problems.map { $0.placed(inSheet: "Sheet1", columns: ["id": 0, "name": 1, "kind": 2]) }
        #expect(placed.map(\.place) == ["o.xlsx:Sheet1!B7", "o.xlsx:Sheet1!C7", "o.xlsx:Sheet1!E7"])
        #expect(placed[0].column == "name")
    }

    @Test(
        "a missing sheet lists the sheets; --sheet on a CSV file is refused; a text file named .xlsx is not a workbook")
    func wrongFiles() throws {
        let db = try Fixtures.database()
        let path = try Self.workbook("one.xlsx", .operators, rows: [])
        var options = Self.options
        options.sheet = "prices"
        #expect(throws: WorkbookError.missingSheet(file: "one.xlsx", sheet: "prices", available: ["网点表"])) {
            _ = try db.imports.importFile(.operators, path: path, options: options, progress: nil)
        }
        let csv = Self.folder.appendingPathComponent("operators.csv")
        try Data(Fixtures.operatorsCSV.utf8).write(to: csv)
        #expect(throws: RegistryError.self) {
            _ = try db.imports.importFile(.operators, path: csv.path, options: options, progress: nil)
        }
        let fake = Self.folder.appendingPathComponent("fake.xlsx")
        try Data(Fixtures.operatorsCSV.utf8).write(to: fake)
        #expect(throws: WorkbookError.notAWorkbook(file: "fake.xlsx", legacy: false)) {
            _ = try db.imports.importFile(.operators, path: fake.path, options: Self.options, progress: nil)
        }
    }

    /// The fixture CSV converted by `iconv -f UTF-8 -t GB18030`.
    static func gb18030(_ text: String, _ name: String) throws -> URL {
        let utf8 = folder.appendingPathComponent(name + ".utf8")
        try Data(text.utf8).write(to: utf8)
        let converted = folder.appendingPathComponent(name)
        #expect(try run("/usr/bin/iconv", ["-f", "UTF-8", "-t", "GB18030", utf8.path], output: converted) == 0)
        return converted
    }

    @Test("GB18030 CSV made by iconv: detected (and said), or given; the registry is the same as from UTF-8")
    func gb18030Files() throws {
        let detected = try Fixtures.database()
        let given = try Fixtures.database()
        var options = Self.options
        options.encoding = .gb18030
        for (table, text) in Self.fixtureCSV {
            let file = try Self.gb18030(text, "\(table.rawValue)-gb.csv")
            #expect(String(data: try Data(contentsOf: file), encoding: .utf8) == nil)
            let summary = try detected.imports.importFile(table, path: file.path, options: Self.options, progress: nil)
            #expect(summary.readAs == .gb18030)
            #expect(try given.imports.importFile(table, path: file.path, options: options, progress: nil).readAs == nil)
        }
        let reference = try Self.exports(try Fixtures.populated())
        #expect(try Self.exports(detected) == reference)
        #expect(try Self.exports(given) == reference)
        // A UTF-8 file reads as it always did, with nothing said.
        let utf8 = Self.folder.appendingPathComponent("operators-utf8.csv")
        try Data(Fixtures.operatorsCSV.utf8).write(to: utf8)
        #expect(
            try Fixtures.database().imports.importFile(
                .operators, path: utf8.path, options: Self.options, progress: nil
            ).readAs == nil)
    }

    @Test("a file that is neither UTF-8 nor GB18030 names the line and byte where it breaks")
    func neitherEncoding() throws {
        let file = try Self.gb18030(Fixtures.operatorsCSV, "broken.csv")
        var bytes = [UInt8](try Data(contentsOf: file))
        // Line 3's first byte becomes 0xFF, which starts no character in either encoding.
        let secondBreak = bytes.indices.filter { bytes[$0] == 0x0A }[1]
        bytes[secondBreak + 1] = 0xFF
        try Data(bytes).write(to: file)
        let expected = EncodingError(
            file: "broken.csv", encoding: .automatic, line: 3, byte: secondBreak + 2, byteInLine: 1)
        #expect(throws: expected) {
            _ = try Fixtures.database().imports.importFile(
                .operators, path: file.path, options: Self.options, progress: nil)
        }
        #expect(expected.message.en.hasPrefix("broken.csv:3: byte 1 of line 3"))
        #expect(expected.message.zh.hasPrefix("broken.csv:3：第 3 行第 1 个字节"))
        // Given as UTF-8, a GB18030 file breaks at its first Chinese character.
        let gb = try Self.gb18030(Fixtures.operatorsCSV, "gb-as-utf8.csv")
        var utf8 = Self.options
        utf8.encoding = .utf8
        #expect(throws: EncodingError.self) {
            _ = try Fixtures.database().imports.importFile(.operators, path: gb.path, options: utf8, progress: nil)
        }
    }

    @Test("the templates' example rows import as they are: operators, outlets, prices; CSV and workbook")
    func templates() throws {
        let fromCSV = try Fixtures.database()
        let fromXLSX = try Fixtures.database()
        for table in RegistryTable.allCases {
            let text = ImportTemplate.csv(table)
            #expect(text.hasPrefix("\u{FEFF}" + table.columns.joined(separator: ",") + "\n"))
            let summary = try fromCSV.imports.importCSV(
                table, bytes: Array(text.utf8), fileName: "t.csv", options: Self.options)
            #expect(summary.inserted == 1)
            #expect(summary.warnings.isEmpty, "\(summary.warnings)")
            let path = Self.folder.appendingPathComponent("template-\(table.rawValue).xlsx").path
            try ImportTemplate.writeWorkbook(table, to: path)
            #expect(try Workbook(path: path).sheetNames == [table.rawValue, ImportTemplate.guideSheet])
            #expect(
                try fromXLSX.imports.importFile(table, path: path, options: Self.options, progress: nil).inserted == 1)
            // The 说明 sheet: a row per column, each explained in Chinese.
            var explained: [String] = []
            try Workbook(path: path).sheet(named: ImportTemplate.guideSheet).forEachRow { row in
                if row.number > 1, let name = row.cells.first?.text, row.cells.count >= 4 { explained.append(name) }
            }
            #expect(Array(explained.prefix(table.columns.count)) == table.columns)
        }
        #expect(try Self.exports(fromCSV) == Self.exports(fromXLSX))
        #expect(RegistryTable.allCases.allSatisfy { $0.guide.allSatisfy { !$0.meaningZH.isEmpty } })
    }

    @Test("docs/CSV.md lists the same columns, with the same required marks, as ColumnGuide")
    func documentationAgrees() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let text = try String(contentsOf: root.appendingPathComponent("docs/CSV.md"), encoding: .utf8)
        for table in RegistryTable.allCases {
            guard let start = text.range(of: "## \(table.rawValue).csv") else {
                Issue.record("docs/CSV.md has no section for \(table.rawValue).csv")
                continue
            }
            var documented: [(String, Bool)] = []
            for line in text[start.upperBound...].split(separator: "\n") {
                if line.hasPrefix("## ") { break }
                guard line.hasPrefix("| `") else { continue }
                let cells = line.split(separator: "|", omittingEmptySubsequences: false).map {
                    $0.trimmingCharacters(in: .whitespaces)
                }
                let required = cells.count > 2 && cells[2] == "required"
                for name in cells[1].split(separator: ",") {
                    documented.append((name.trimmingCharacters(in: CharacterSet(charactersIn: " `")), required))
                }
            }
            #expect(documented.map(\.0) == table.columns, "\(table.rawValue).csv")
            #expect(
                documented.filter(\.1).map(\.0) == table.guide.filter(\.required).map(\.column), "\(table.rawValue).csv"
            )
        }
    }

    @Test("progress: an import reports checking and writing, an export its rows")
    func progressReported() throws {
        let db = try Fixtures.database()
        var outlets = Fixtures.outletsHeader + "\n"
        _ = try db.imports.importCSV(
            .operators, bytes: Array(Fixtures.operatorsCSV.utf8), fileName: "o.csv", options: Self.options)
        for n in 1...2_500 {
            outlets +=
                "NT-\(n),\(Fixtures.usccA),网点\(n),elder_day_care,market,320613,,地址,32.01,120.87,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,\n"
        }
        let file = Self.folder.appendingPathComponent("many.csv")
        try Data(outlets.utf8).write(to: file)
        let seen = Seen()
        _ = try db.imports.importFile(.outlets, path: file.path, options: Self.options) { seen.add($0) }
        #expect(seen.all.filter { $0.phase == .checking }.map(\.done) == [1_000, 2_000])
        #expect(seen.all.filter { $0.phase == .writing }.map(\.done) == [1_000, 2_000])
        #expect(seen.all.filter { $0.phase == .writing }.allSatisfy { $0.total == 2_500 })
        #expect(seen.all.first.flatMap(\.completed).map { $0 > 0.3 && $0 < 0.5 } == true)
        let exported = Seen()
        try db.exports.export(.outlets, format: .csv, progress: { exported.add($0) }, to: { _ in })
        #expect(exported.all.map(\.done) == [1_000, 2_000])
        #expect(exported.all.allSatisfy { $0.phase == .exporting && $0.total == 2_500 })
    }
}

/// Progress reports collected from a handler (`@unchecked Sendable`: every access is under the lock).
final class Seen: @unchecked Sendable {
    private let lock = NSLock()
    private var reports: [WorkProgress] = []

    func add(_ progress: WorkProgress) {
        lock.lock()
        reports.append(progress)
        lock.unlock()
    }

    var all: [WorkProgress] {
        lock.lock()
        defer { lock.unlock() }
        return reports
    }
}
