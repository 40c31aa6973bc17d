import Foundation
import PuhuiCore

#if canImport(Glibc)
    import Glibc
#endif
#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Streams a worksheet part (`<sheetData><row><c>…`), handing each row with a value to `onRow`
/// as soon as its `</row>` is read (ECMA-376 Part 1, 18.3.1). Cell types: `s` shared string,
/// `inlineStr`, `str` a formula's text, `b` boolean, `e` error, `d` ISO date, else a number
/// (a date when its style's number format is one).
final class SheetParser: PartDelegate {
    private let sharedStrings: SharedStrings
    private let styles: CellStyles
    private let date1904: Bool
    private let sheet: String
    private let file: String
    private let onRow: (SheetRow) throws -> Void

    /// The grid's extent from `<dimension ref="A1:AR1001"/>`, when given.
    private(set) var dimension: CellRange?

    private var rowNumber = 0
    private var cells: [SheetCell] = []
    private var column = 0
    // The cell being read.
    private var inCell = false
    private var type = "n"
    private var style: Int?
    private var valueText = ""
    private var sawValue = false
    private var formula = ""
    private var sawFormula = false
    private var inline = TextCollector()
    private var reading: Substring = ""
    private var valueTooLong = false

    init(
        sharedStrings: SharedStrings, styles: CellStyles, date1904: Bool, sheet: String, file: String,
        onRow: @escaping (SheetRow) throws -> Void
    ) {
        self.sharedStrings = sharedStrings
        self.styles = styles
        self.date1904 = date1904
        self.sheet = sheet
        self.file = file
        self.onRow = onRow
    }

    override func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName qName: String?,
        attributes attributeDict: [String: String] = [:]
    ) {
        let name = Self.localName(elementName)
        if inCell {
            switch name {
            case "v":
                reading = "v"
                sawValue = true
            case "f":
                reading = "f"
                sawFormula = true
            default: inline.start(name)
            }
            return
        }
        switch name {
        case "row":
            let number = attributeDict["r"].flatMap(Int.init) ?? rowNumber + 1
            guard number > rowNumber, number <= WorkbookLimits.maximumRow else {
                return fail(parser, malformed(parser, "<row r=\"\(attributeDict["r"] ?? "")\">"))
            }
            rowNumber = number
            cells = []
            column = 0
        case "c":
            if let reference = attributeDict["r"] {
                guard let position = CellReference.column(ofReference: reference) else {
                    return fail(parser, malformed(parser, "<c r=\"\(reference)\">"))
                }
                column = position
            } else {
                column += 1
            }
            guard column <= WorkbookLimits.maximumColumn else {
                return fail(parser, malformed(parser, "<c r=\"\(CellReference.letters(column))\">"))
            }
            inCell = true
            type = attributeDict["t"] ?? "n"
            style = attributeDict["s"].flatMap(Int.init)
            valueText = ""
            formula = ""
            sawValue = false
            sawFormula = false
            valueTooLong = false
            inline = TextCollector()
        case "dimension":
            dimension = attributeDict["ref"].flatMap { CellRange($0) }
        default: break
        }
    }

    override func parser(_ parser: XMLParser, foundCharacters string: String) {
        guard inCell else { return }
        switch reading {
        case "v":
            if valueText.utf8.count + string.utf8.count > WorkbookLimits.maximumCellBytes {
                valueTooLong = true
            } else {
                valueText += string
            }
        case "f":
            if formula.utf8.count < 1_000 { formula += string }
        default: inline.append(string)
        }
    }

    override func parser(
        _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?
    ) {
        let name = Self.localName(elementName)
        if inCell {
            switch name {
            case "v", "f": reading = ""
            case "c":
                inCell = false
                do {
                    if let cell = try cell(parser) { cells.append(cell) }
                } catch {
                    fail(parser, error)
                }
            default: inline.end(name)
            }
            return
        }
        if name == "row" {
            guard !cells.isEmpty else { return }
            do {
                try onRow(SheetRow(number: rowNumber, cells: cells))
            } catch {
                fail(parser, error)
            }
            cells = []
        }
    }

    /// The finished cell; nil when it holds nothing (a styled empty cell).
    private func cell(_ parser: XMLParser) throws -> SheetCell? {
        if valueTooLong { return SheetCell(column: column, value: .overLong) }
        if sawFormula, !sawValue, type != "inlineStr" {
            return SheetCell(column: column, value: .formulaWithoutValue("=" + formula))
        }
        switch type {
        case "s":
            guard !valueText.isEmpty else { return nil }
            guard let index = Int(valueText.trimmingCharacters(in: .whitespaces)), let text = sharedStrings[index]
            else {
                throw malformed(parser, "<c t=\"s\"><v>\(valueText.prefix(20))</v>")
            }
            if sharedStrings.overLong.contains(index) { return SheetCell(column: column, value: .overLong) }
            return text.isEmpty ? nil : SheetCell(column: column, value: .text(text))
        case "inlineStr":
            if inline.overLong { return SheetCell(column: column, value: .overLong) }
            let text = inline.value
            return text.isEmpty ? nil : SheetCell(column: column, value: .text(text))
        case "str":
            let text = TextCollector.unescape(valueText)
            return text.isEmpty ? nil : SheetCell(column: column, value: .text(text))
        case "b":
            return sawValue
                ? SheetCell(column: column, value: .boolean(valueText.trimmingCharacters(in: .whitespaces) == "1"))
                : nil
        case "e":
            return SheetCell(column: column, value: .error(valueText))
        case "d":
            // An ISO 8601 date-time; the day when it has no time.
            let text = valueText.trimmingCharacters(in: .whitespaces)
            guard !text.isEmpty else { return nil }
            let day = text.prefix(10)
            let rest = text.dropFirst(10)
            let midnight = rest.isEmpty || rest.allSatisfy { "T0:.Z".contains($0) }
            return SheetCell(column: column, value: .date(midnight ? String(day) : text))
        default:
            let raw = valueText.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !raw.isEmpty else { return nil }
            guard let number = NumberText.canonical(raw) else { throw malformed(parser, "<v>\(raw.prefix(40))</v>") }
            switch styles.format(style) {
            case .date:
                if let date = DaySerial.dateTime(serialText: raw, date1904: date1904) {
                    return SheetCell(column: column, value: .date(date))
                }
                return SheetCell(column: column, value: .number(number))
            case .text, .general:
                return SheetCell(
                    column: column, value: .number(number),
                    serialDay: DaySerial.date(serialText: raw, date1904: date1904))
            }
        }
    }

    private func malformed(_ parser: XMLParser, _ what: String) -> WorkbookError {
        .unexpectedMarkup(file: file, part: sheet, line: parser.lineNumber, markup: what)
    }
}

/// Finds the merged ranges (`<mergeCell ref="A1:C1"/>`) in a sheet's bytes as they are inflated,
/// so they are known before the rows are read (they come after the rows in the part). A
/// `mergeCell` tag can only be markup: text cannot hold `<`.
struct MergeScanner {
    private(set) var ranges: [CellRange] = []
    private var carry: [UInt8] = []
    private static let needle = Array("mergeCell".utf8)

    mutating func feed(_ chunk: Data) {
        var bytes = carry
        bytes.append(contentsOf: chunk)
        var start = 0
        var pending: Int?
        bytes.withUnsafeBufferPointer { buffer in
            Self.needle.withUnsafeBufferPointer { needle in
                guard let base = buffer.baseAddress, let needleBase = needle.baseAddress else { return }
                while start < buffer.count, let found = memchr(base + start, Int32(needle[0]), buffer.count - start) {
                    let offset = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                    guard offset + needle.count <= buffer.count else {
                        pending = max(offset - 1, 0)  // perhaps the needle, cut by the chunk's end
                        break
                    }
                    guard memcmp(base + offset, needleBase, needle.count) == 0 else {
                        start = offset + 1
                        continue
                    }
                    let after = offset + needle.count
                    // A `<mergeCell …>` or `<x:mergeCell …>` start tag (not `mergeCells`, not a closing tag).
                    let before = offset > 0 ? buffer[offset - 1] : 0
                    guard before == UInt8(ascii: "<") || before == UInt8(ascii: ":") else {
                        start = after
                        continue
                    }
                    guard let close = (after..<buffer.count).first(where: { buffer[$0] == UInt8(ascii: ">") }) else {
                        pending = offset - 1  // the tag continues in the next chunk
                        break
                    }
                    if after < buffer.count, [0x20, 0x09, 0x0A, 0x0D].contains(buffer[after]) {
                        let tag = String(decoding: buffer[after..<close], as: UTF8.self)
                        if let range = Self.reference(in: tag) { ranges.append(range) }
                    }
                    start = close + 1
                }
            }
        }
        if let pending {
            // A tag longer than 4 KiB is no merge this scanner needs to see whole.
            carry = bytes.count - pending <= 4_096 ? Array(bytes[pending...]) : []
        } else {
            // Enough to see a needle cut by the chunk's end with the byte before it.
            carry = Array(bytes[max(start, bytes.count - 16)...])
        }
    }

    /// The `ref` attribute's value in a tag's attribute text.
    private static func reference(in tag: String) -> CellRange? {
        guard let ref = tag.range(of: "ref=") else { return nil }
        let rest = tag[ref.upperBound...]
        guard let quote = rest.first, quote == "\"" || quote == "'" else { return nil }
        let value = rest.dropFirst().prefix { $0 != quote }
        return CellRange(value)
    }
}
