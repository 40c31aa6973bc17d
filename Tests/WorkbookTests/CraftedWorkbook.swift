import Foundation
import ZIPFoundation

@testable import Workbook

/// Workbooks built part by part in a test, for what no writer we have makes: merged cells, a
/// formula saved without its value, shared strings with runs, a 1904 date system, a zip bomb.
enum CraftedWorkbook {
    static let folder: URL = {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "puhui-workbook-tests-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }()

    /// A workbook with one sheet `Sheet1` whose `<sheetData>` (and what follows it) is `body`.
    static func make(
        _ name: String, sheetData body: String, sharedStrings: [String] = [], styles: String = WorkbookParts.styles,
        date1904: Bool = false, sheetNames: [String] = ["Sheet1"]
    ) throws -> String {
        let path = folder.appendingPathComponent(name).path
        try? FileManager.default.removeItem(atPath: path)
        let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .create)
        var workbook = WorkbookParts.workbook(sheetNames: sheetNames)
        if date1904 {
            workbook = workbook.replacingOccurrences(of: "<bookViews>", with: "<workbookPr date1904=\"1\"/><bookViews>")
        }
        var rels = WorkbookParts.workbookRelationships(sheetCount: sheetNames.count)
        if !sharedStrings.isEmpty {
            rels = rels.replacingOccurrences(
                of: "</Relationships>",
                with:
                    "<Relationship Id=\"rIdS\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>"
            )
        }
        var parts: [(String, String)] = [
            ("[Content_Types].xml", WorkbookParts.contentTypes(sheetCount: sheetNames.count)),
            ("_rels/.rels", WorkbookParts.packageRelationships),
            ("xl/workbook.xml", workbook),
            ("xl/_rels/workbook.xml.rels", rels),
            ("xl/styles.xml", styles),
        ]
        for number in 1...sheetNames.count {
            parts.append(
                (
                    "xl/worksheets/sheet\(number).xml",
                    WorkbookParts.xmlDeclaration + "<worksheet xmlns=\"\(WorkbookParts.mainNamespace)\">" + body
                        + "</worksheet>"
                ))
        }
        if !sharedStrings.isEmpty {
            parts.append(
                (
                    "xl/sharedStrings.xml",
                    WorkbookParts.xmlDeclaration + "<sst xmlns=\"\(WorkbookParts.mainNamespace)\">"
                        + sharedStrings.joined() + "</sst>"
                ))
        }
        for (part, text) in parts { try add(archive, part, Data(text.utf8)) }
        return path
    }

    static func add(_ archive: Archive, _ part: String, _ data: Data) throws {
        try archive.addEntry(with: part, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate)
        {
            position, size in
            data.subdata(in: Int(position)..<min(Int(position) + size, data.count))
        }
    }

    /// Every row's cells as text (nil for a cell without one), by column letter.
    static func rows(_ sheet: WorkbookSheet) throws -> [[String: SheetCell.Value]] {
        var rows: [[String: SheetCell.Value]] = []
        try sheet.forEachRow { row in
            var cells: [String: SheetCell.Value] = [:]
            for cell in row.cells { cells[CellReference.letters(cell.column) + String(row.number)] = cell.value }
            rows.append(cells)
        }
        return rows
    }
}
