import Foundation
import PuhuiCore
import ZIPFoundation

/// A cell to write.
public enum WorkbookValue: Sendable, Equatable {
    /// Text, stored as an inline string formatted as text (`@`), so a code such as `320613` or
    /// an id such as `0001` stays text when opened and saved again.
    case text(String)
    /// A number written as given; text that a workbook cannot hold exactly (more than 15
    /// significant digits, an exponent) is written as text instead (`NumberText.isExactlyStorable`).
    case number(String)
    /// An amount (yuan): a number shown with two decimals (`0.00`); as `number` otherwise.
    case amount(String)
    /// A day, stored as a day serial formatted `yyyy-mm-dd`.
    case date(LocalDate)
    case empty
}

/// How a row's cells look.
public enum WorkbookRowStyle: Sendable {
    /// Bold text: a header.
    case header
    /// Values as they are.
    case body
    /// Text wrapped within the column (long explanations).
    case wrapped
}

/// Writes an `.xlsx` workbook that Excel, WPS and LibreOffice open: sheets streamed row by row to
/// temporary files (an export of a million rows is never held in memory), each with its first
/// rows frozen and column widths fitted to what was written, then zipped with ZIPFoundation.
public final class WorkbookWriter {
    private let folder: URL
    private var sheets: [(name: String, url: URL)] = []

    public init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("puhui-workbook-\(UUID().uuidString)")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw WorkbookError.cannotWrite(path: folder.path, reason: "\(error)")
        }
    }

    deinit {
        try? FileManager.default.removeItem(at: folder)
    }

    /// Adds a sheet named `name` whose first `frozenRows` rows stay in view; `rows` writes them.
    public func addSheet(name: String, frozenRows: Int = 1, rows: (SheetWriter) throws -> Void) throws {
        let number = sheets.count + 1
        let writer = try SheetWriter(folder: folder, number: number)
        try rows(writer)
        let url = try writer.finish(frozenRows: frozenRows, selected: number == 1)
        sheets.append((name, url))
    }

    /// Writes the workbook to `path`, replacing a file there only once it is complete.
    public func write(to path: String) throws {
        let temporary = folder.appendingPathComponent("workbook.xlsx")
        do {
            let archive = try Archive(url: temporary, accessMode: .create)
            try add(archive, "[Content_Types].xml", WorkbookParts.contentTypes(sheetCount: sheets.count))
            try add(archive, "_rels/.rels", WorkbookParts.packageRelationships)
            try add(archive, "xl/workbook.xml", WorkbookParts.workbook(sheetNames: sheets.map(\.name)))
            try add(
                archive, "xl/_rels/workbook.xml.rels", WorkbookParts.workbookRelationships(sheetCount: sheets.count))
            try add(archive, "xl/styles.xml", WorkbookParts.styles)
            for (index, sheet) in sheets.enumerated() {
                try archive.addEntry(
                    with: "xl/worksheets/sheet\(index + 1).xml", fileURL: sheet.url, compressionMethod: .deflate)
            }
        } catch let error as WorkbookError {
            throw error
        } catch {
            throw WorkbookError.cannotWrite(path: path, reason: "\(error)")
        }
        do {
            let destination = URL(fileURLWithPath: path)
            if FileManager.default.fileExists(atPath: path) { try FileManager.default.removeItem(at: destination) }
            try FileManager.default.moveItem(at: temporary, to: destination)
        } catch {
            throw WorkbookError.cannotWrite(path: path, reason: "\(error)")
        }
    }

    private func add(_ archive: Archive, _ path: String, _ text: String) throws {
        let data = Data(text.utf8)
        try archive.addEntry(
            with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate
        ) { position, size in
            data.subdata(in: Int(position)..<min(Int(position) + size, data.count))
        }
    }
}

/// Writes one sheet's rows to a temporary file, measuring each column's widest text.
public final class SheetWriter {
    private let dataURL: URL
    private let sheetURL: URL
    private let handle: FileHandle
    private var buffer = ""
    private var rowNumber = 0
    private var widths: [Int] = []
    private var letters: [String] = []

    init(folder: URL, number: Int) throws {
        dataURL = folder.appendingPathComponent("rows\(number).xml")
        sheetURL = folder.appendingPathComponent("sheet\(number).xml")
        guard FileManager.default.createFile(atPath: dataURL.path, contents: nil),
            let handle = FileHandle(forWritingAtPath: dataURL.path)
        else { throw WorkbookError.cannotWrite(path: dataURL.path, reason: "temporary file") }
        self.handle = handle
    }

    /// Writes the next row.
    public func write(_ values: [WorkbookValue], style: WorkbookRowStyle = .body) throws {
        rowNumber += 1
        buffer += "<row r=\"\(rowNumber)\">"
        for (index, value) in values.enumerated() {
            while letters.count <= index { letters.append(CellReference.letters(letters.count + 1)) }
            while widths.count <= index { widths.append(0) }
            let reference = letters[index] + String(rowNumber)
            let cellStyle: Int
            switch style {
            case .header: cellStyle = WorkbookParts.headerStyle
            case .wrapped: cellStyle = WorkbookParts.wrappedStyle
            case .body: cellStyle = WorkbookParts.textStyle
            }
            switch value {
            case .empty:
                continue
            case .number(let text) where NumberText.isExactlyStorable(text):
                buffer += "<c r=\"\(reference)\"><v>\(text)</v></c>"
                widths[index] = max(widths[index], text.utf8.count)
            case .amount(let text) where NumberText.isExactlyStorable(text):
                buffer += "<c r=\"\(reference)\" s=\"\(WorkbookParts.amountStyle)\"><v>\(text)</v></c>"
                widths[index] = max(widths[index], text.utf8.count + 3)
            case .date(let date):
                buffer +=
                    "<c r=\"\(reference)\" s=\"\(WorkbookParts.dateStyle)\"><v>\(DaySerial.serial(of: date))</v></c>"
                widths[index] = max(widths[index], 10)
            case .text(let text), .number(let text), .amount(let text):
                buffer += "<c r=\"\(reference)\" s=\"\(cellStyle)\" t=\"inlineStr\"><is><t xml:space=\"preserve\">"
                buffer += XMLText.escaped(text)
                buffer += "</t></is></c>"
                widths[index] = max(widths[index], Self.displayWidth(text, wrapped: style == .wrapped))
            }
        }
        buffer += "</row>"
        if buffer.utf8.count > 1 << 16 { try flush() }
    }

    private func flush() throws {
        do {
            try handle.write(contentsOf: Data(buffer.utf8))
        } catch {
            throw WorkbookError.cannotWrite(path: dataURL.path, reason: "\(error)")
        }
        buffer = ""
    }

    /// The sheet part: views (frozen rows), column widths, then the rows written.
    func finish(frozenRows: Int, selected: Bool) throws -> URL {
        try flush()
        try? handle.close()
        var head = WorkbookParts.xmlDeclaration
        head +=
            "<worksheet xmlns=\"\(WorkbookParts.mainNamespace)\" xmlns:r=\"\(WorkbookParts.relationshipsNamespace)\">"
        head += "<sheetViews><sheetView workbookViewId=\"0\"\(selected ? " tabSelected=\"1\"" : "")>"
        if frozenRows > 0, rowNumber > 0 {
            let top = "A\(frozenRows + 1)"
            head += "<pane ySplit=\"\(frozenRows)\" topLeftCell=\"\(top)\" activePane=\"bottomLeft\" state=\"frozen\"/>"
            head += "<selection pane=\"bottomLeft\" activeCell=\"\(top)\" sqref=\"\(top)\"/>"
        }
        head += "</sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/>"
        if !widths.isEmpty {
            head += "<cols>"
            for (index, width) in widths.enumerated() {
                // Character widths plus padding, between 8 and 60 (a wrapped column stops at 60).
                let columnWidth = min(max(width + 2, 8), 60)
                head += "<col min=\"\(index + 1)\" max=\"\(index + 1)\" width=\"\(columnWidth)\" customWidth=\"1\"/>"
            }
            head += "</cols>"
        }
        head += "<sheetData>"
        do {
            guard FileManager.default.createFile(atPath: sheetURL.path, contents: Data(head.utf8)),
                let output = FileHandle(forWritingAtPath: sheetURL.path),
                let input = FileHandle(forReadingAtPath: dataURL.path)
            else { throw WorkbookError.cannotWrite(path: sheetURL.path, reason: "temporary file") }
            defer {
                try? output.close()
                try? input.close()
            }
            try output.seekToEnd()
            while let chunk = try input.read(upToCount: 1 << 20), !chunk.isEmpty { try output.write(contentsOf: chunk) }
            try output.write(contentsOf: Data("</sheetData></worksheet>".utf8))
        } catch let error as WorkbookError {
            throw error
        } catch {
            throw WorkbookError.cannotWrite(path: sheetURL.path, reason: "\(error)")
        }
        try? FileManager.default.removeItem(at: dataURL)
        return sheetURL
    }

    /// Columns a text takes on screen: CJK and full-width characters count two; a wrapped
    /// text's longest line counts.
    static func displayWidth(_ text: String, wrapped: Bool) -> Int {
        var widest = 0
        var width = 0
        for scalar in text.unicodeScalars {
            if scalar == "\n" {
                widest = max(widest, width)
                width = 0
                continue
            }
            width += scalar.value >= 0x2E80 && scalar.value < 0xFFEF ? 2 : 1
        }
        return max(widest, width)
    }
}

/// Text as XML character data in a workbook: `&`, `<`, `>` escaped; characters XML 1.0 cannot
/// hold, and a carriage return (which XML reading turns into a line feed), written as `_xHHHH_`;
/// an underscore that would read as such an escape written `_x005F_` (ECMA-376 Part 1, 22.9.2.19).
enum XMLText {
    static func escaped(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        let scalars = Array(text.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "\t", "\n": result.unicodeScalars.append(scalar)
            case "_" where looksLikeEscape(scalars, at: index): result += "_x005F_"
            default:
                if scalar.value < 0x20 || (0xFFFE...0xFFFF).contains(scalar.value) {
                    result += "_x" + String(scalar.value, radix: 16, uppercase: true).leftPadded(4) + "_"
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }

    private static func looksLikeEscape(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        guard index + 6 < scalars.count, scalars[index + 1] == "x", scalars[index + 6] == "_" else { return false }
        return scalars[(index + 2)..<(index + 6)].allSatisfy { $0.properties.isASCIIHexDigit }
    }

    /// An attribute value.
    static func attribute(_ text: String) -> String {
        escaped(text).replacingOccurrences(of: "\n", with: "&#10;").replacingOccurrences(of: "\t", with: "&#9;")
    }
}

extension String {
    fileprivate func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
