import Foundation
import PuhuiCore
import Testing

@testable import Workbook

@Suite("Reading workbooks")
struct WorkbookReadingTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    @Test("a LibreOffice workbook made from sample.csv reads back as the CSV's text")
    func libreOfficeWorkbook() throws {
        let workbook = try Workbook(path: Self.fixtures.appendingPathComponent("sample.xlsx").path)
        #expect(workbook.sheetNames == ["sample"])
        let sheet = try workbook.sheet()
        let rows = try CraftedWorkbook.rows(sheet)
        #expect(rows.count == 3)
        #expect(rows[0]["A1"] == .text("id"))
        // Rich text runs (LibreOffice splits by font) are one text.
        #expect(rows[1]["B2"] == .text("颐和养老院, 和平桥"))
        #expect(rows[1]["C2"] == .number("32.0123456"))
        #expect(rows[1]["E2"] == .number("320613"))
        #expect(rows[1]["F2"] == .date("2019-05-01"))
        #expect(rows[1]["G2"] == .text("0513-1"))
        #expect(rows[1]["H2"] == .number("1850.5"))
        #expect(rows[1]["I2"] == .number("12345678901234"))
        #expect(rows[1]["J2"] == .boolean(true))
        #expect(rows[1]["K2"] == .text("两行\n文字"))
        #expect(rows[2]["D3"] == .number("-0.5"))
        #expect(rows[2]["F3"] == nil)
        #expect(sheet.mergedRanges.isEmpty)
    }

    @Test("our writer's workbook reads back: inline strings, text codes, dates, numbers, frozen header")
    func writerRoundTrip() throws {
        let writer = try WorkbookWriter()
        try writer.addSheet(name: "outlets") { sheet in
            try sheet.write(
                [.text("id"), .text("district_code"), .text("opened_on"), .text("lat"), .text("note")], style: .header)
            try sheet.write([
                .text("0001"), .text("320613"), .date(LocalDate(year: 2019, month: 5, day: 1)!), .number("32.0123456"),
                .text("a & b <c> _x0041_ \r\n end"),
            ])
            try sheet.write([
                .text("0002"), .empty, .date(LocalDate(year: 1900, month: 1, day: 1)!), .number("32.01234567890123456"),
                .empty,
            ])
        }
        try writer.addSheet(name: "说明", frozenRows: 0) { sheet in try sheet.write([.text("列名")], style: .wrapped) }
        let path = CraftedWorkbook.folder.appendingPathComponent("written.xlsx").path
        try writer.write(to: path)
        let workbook = try Workbook(path: path)
        #expect(workbook.sheetNames == ["outlets", "说明"])
        let rows = try CraftedWorkbook.rows(try workbook.sheet(named: "outlets"))
        #expect(rows[1]["A2"] == .text("0001"))
        #expect(rows[1]["B2"] == .text("320613"))
        #expect(rows[1]["C2"] == .date("2019-05-01"))
        #expect(rows[1]["D2"] == .number("32.0123456"))
        #expect(rows[1]["E2"] == .text("a & b <c> _x0041_ \r\n end"))
        #expect(rows[2]["C3"] == .date("1900-01-01"))
        // More than 15 significant digits is kept as text, exactly.
        #expect(rows[2]["D3"] == .text("32.01234567890123456"))
        let sheetXML = try unzipped(path, "xl/worksheets/sheet1.xml")
        #expect(sheetXML.contains("state=\"frozen\"") && sheetXML.contains("ySplit=\"1\""))
        #expect(sheetXML.contains("<cols>"))
    }

    @Test("a missing sheet lists the sheets there are")
    func missingSheet() throws {
        let path = try CraftedWorkbook.make("two.xlsx", sheetData: "<sheetData/>", sheetNames: ["网点", "说明"])
        let workbook = try Workbook(path: path)
        #expect(throws: WorkbookError.missingSheet(file: "two.xlsx", sheet: "prices", available: ["网点", "说明"])) {
            try workbook.sheet(named: "prices")
        }
        let error = WorkbookError.missingSheet(file: "two.xlsx", sheet: "prices", available: ["网点", "说明"])
        #expect(error.message.zh.contains("“网点”、“说明”"))
        #expect(error.message.en.contains("\"网点\", \"说明\""))
    }

    @Test("merged cells are found before the rows, in the header or not")
    func mergedCells() throws {
        let body = """
            <sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>id</t></is></c></row></sheetData>\
            <mergeCells count="2"><mergeCell ref="A1:B1"/><x:mergeCell ref='C5:C7'/></mergeCells>
            """
        let path = try CraftedWorkbook.make("merged.xlsx", sheetData: body)
        let sheet = try Workbook(path: path).sheet()
        #expect(sheet.mergedRanges.map(\.description) == ["A1:B1", "C5:C7"])
    }

    @Test("a formula saved without its value, an error value and a cached formula value")
    func formulas() throws {
        let body = """
            <sheetData><row r="2"><c r="A2"><f>B2*2</f></c><c r="B2"><f>1+1</f><v>2</v></c>\
            <c r="C2" t="e"><v>#N/A</v></c><c r="D2" t="str"><f>"a"&amp;"b"</f><v>ab</v></c></row></sheetData>
            """
        let rows = try CraftedWorkbook.rows(
            try Workbook(path: try CraftedWorkbook.make("formula.xlsx", sheetData: body)).sheet())
        #expect(rows[0]["A2"] == .formulaWithoutValue("=B2*2"))
        #expect(rows[0]["B2"] == .number("2"))
        #expect(rows[0]["C2"] == .error("#N/A"))
        #expect(rows[0]["D2"] == .text("ab"))
    }

    @Test("shared strings with runs and phonetic guides; rows and cells without positions")
    func sharedStrings() throws {
        let strings = [
            "<si><t>普惠</t></si>", "<si><r><t>养</t></r><r><t>老</t></r><rPh><t>yang</t></rPh></si>",
            "<si><t>a_x000D_b</t></si>",
        ]
        let body =
            "<sheetData><row><c t=\"s\"><v>0</v></c><c t=\"s\"><v>1</v></c></row><row><c r=\"C2\" t=\"s\"><v>2</v></c></row></sheetData>"
        let rows = try CraftedWorkbook.rows(
            try Workbook(path: try CraftedWorkbook.make("shared.xlsx", sheetData: body, sharedStrings: strings)).sheet()
        )
        #expect(rows[0] == ["A1": .text("普惠"), "B1": .text("养老")])
        #expect(rows[1] == ["C2": .text("a\rb")])
    }

    @Test("a shared strings part of more than 10 MB on one line reads (as LibreOffice writes a big one)")
    func largeSharedStrings() throws {
        let strings = (0..<400_000).map { "<si><t>网点名称\($0)</t></si>" }
        let body = "<sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>399999</v></c></row></sheetData>"
        let path = try CraftedWorkbook.make("big-shared.xlsx", sheetData: body, sharedStrings: strings)
        let rows = try CraftedWorkbook.rows(try Workbook(path: path).sheet())
        #expect(rows[0]["A1"] == .text("网点名称399999"))
    }

    @Test("date serials: a date style gives the day; a plain number carries the day it would name; 1904 system")
    func dateSerials() throws {
        let body =
            "<sheetData><row r=\"1\"><c r=\"A1\" s=\"3\"><v>45352</v></c><c r=\"B1\"><v>45352</v></c><c r=\"C1\" s=\"3\"><v>45352.5</v></c></row></sheetData>"
        var cells: [SheetCell] = []
        try Workbook(path: try CraftedWorkbook.make("dates.xlsx", sheetData: body)).sheet().forEachRow {
            cells += $0.cells
        }
        #expect(cells[0].value == .date("2024-03-01"))
        #expect(cells[1].value == .number("45352"))
        #expect(cells[1].serialDay == LocalDate(year: 2024, month: 3, day: 1))
        #expect(cells[2].value == .date("2024-03-01 12:00"))
        var cells1904: [SheetCell] = []
        try Workbook(path: try CraftedWorkbook.make("dates1904.xlsx", sheetData: body, date1904: true)).sheet()
            .forEachRow { cells1904 += $0.cells }
        #expect(cells1904[0].value == .date("2028-03-02"))
        #expect(DaySerial.date(serial: 60, date1904: false) == nil)
        #expect(DaySerial.date(serial: 61, date1904: false) == LocalDate(year: 1900, month: 3, day: 1))
        #expect(DaySerial.serial(of: LocalDate(year: 1900, month: 3, day: 1)!) == 61)
        #expect(DaySerial.serial(of: LocalDate(year: 1900, month: 2, day: 28)!) == 59)
    }

    @Test("numbers keep the digits typed: 15 significant digits, exponents written out, no .0")
    func numberText() {
        #expect(NumberText.canonical("32.0123456") == "32.0123456")
        #expect(NumberText.canonical("0.10000000000000001") == "0.1")
        #expect(NumberText.canonical("2.9999999999999999E-2") == "0.03")
        #expect(NumberText.canonical("1850.0") == "1850")
        #expect(NumberText.canonical("1.5E+3") == "1500")
        #expect(NumberText.canonical("-0") == "0")
        #expect(NumberText.canonical("120.87120000000001") == "120.8712")
        #expect(NumberText.canonical("abc") == nil)
        #expect(NumberText.canonical("1E+400") == nil)
        #expect(NumberText.isExactlyStorable("1850.50") == false)
        #expect(NumberText.isExactlyStorable("32.0123456"))
        #expect(NumberText.isExactlyStorable("1e3") == false)
    }

    @Test("a file that is not a workbook, and an old .xls, each say so")
    func notAWorkbook() throws {
        let text = CraftedWorkbook.folder.appendingPathComponent("outlets.xlsx")
        try Data("id,name\n".utf8).write(to: text)
        #expect(throws: WorkbookError.notAWorkbook(file: "outlets.xlsx", legacy: false)) {
            try Workbook(path: text.path)
        }
        let legacy = CraftedWorkbook.folder.appendingPathComponent("old.xls")
        try Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 504)).write(to: legacy)
        #expect(throws: WorkbookError.notAWorkbook(file: "old.xls", legacy: true)) { try Workbook(path: legacy.path) }
    }

    @Test("a sheet that inflates past the limit is refused while inflating (a zip bomb)")
    func zipBomb() throws {
        // 20 MiB of one repeated row compresses to a few kilobytes; the styles part's limit is 16 MiB.
        let row = String(repeating: " ", count: 1 << 20)
        let styles = WorkbookParts.styles.replacingOccurrences(
            of: "</styleSheet>", with: String(repeating: row, count: 20) + "</styleSheet>")
        let path = try CraftedWorkbook.make("bomb.xlsx", sheetData: "<sheetData/>", styles: styles)
        #expect((try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int ?? 0) < 1 << 20)
        #expect(
            throws: WorkbookError.partTooLarge(
                file: "bomb.xlsx", part: "xl/styles.xml", limit: WorkbookLimits.maximumSmallPartBytes)
        ) {
            try Workbook(path: path)
        }
    }

    @Test("a part that declares a DTD is refused before it is parsed")
    func doctypeRefused() throws {
        let evil =
            WorkbookParts.xmlDeclaration
            + "<!DOCTYPE x [<!ENTITY a \"aaaa\">]><sst xmlns=\"\(WorkbookParts.mainNamespace)\"><si><t>&a;</t></si></sst>"
        #expect(throws: WorkbookError.self) {
            try SharedStrings(Data(evil.utf8), part: "xl/sharedStrings.xml", file: "dtd.xlsx")
        }
    }

    @Test("an over-long cell is marked, not kept whole")
    func overLongCell() throws {
        let long = String(repeating: "长", count: WorkbookLimits.maximumCellBytes / 3 + 10)
        let body = "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>\(long)</t></is></c></row></sheetData>"
        let rows = try CraftedWorkbook.rows(
            try Workbook(path: try CraftedWorkbook.make("long.xlsx", sheetData: body)).sheet())
        #expect(rows[0]["A1"] == .overLong)
    }

    @Test("number formats: built-in and custom dates, text, general")
    func numberFormats() {
        #expect(NumberFormat(builtIn: 14) == .date)
        #expect(NumberFormat(builtIn: 49) == .text)
        #expect(NumberFormat(builtIn: 2) == .general)
        #expect(NumberFormat(code: "yyyy\\-mm\\-dd") == .date)
        #expect(NumberFormat(code: "yyyy\"年\"m\"月\"d\"日\"") == .date)
        #expect(NumberFormat(code: "[$-F800]dddd, mmmm dd, yyyy") == .date)
        #expect(NumberFormat(code: "General") == .general)
        #expect(NumberFormat(code: "0.00E+00") == .general)
        #expect(NumberFormat(code: "[Red]#,##0.00") == .general)
        #expect(NumberFormat(code: "@") == .text)
    }

    private func unzipped(_ path: String, _ part: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "python3", "-c",
            "import zipfile,sys; sys.stdout.write(zipfile.ZipFile(sys.argv[1]).read(sys.argv[2]).decode())", path, part,
        ]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
