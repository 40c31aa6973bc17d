import Foundation
import Workbook

/// A workbook's sheet as records: the first row with a value is the header; each row's cells
/// laid out by column (field *i* is column *i + 1*) up to the header's width, so the importers
/// read a sheet exactly as they read CSV. What CSV cannot hold — a formula saved without its
/// value, an error value, over-long text, a value beyond the header — is a problem at its cell;
/// merged cells are refused before any row is read.
struct SheetRecordSource: ImportRecordSource {
    let fileName: String
    let sha256: String
    let byteCount: Int
    private let workbookSheet: WorkbookSheet

    var sheet: String? { workbookSheet.name }

    init(path: String, fileName: String, sheet name: String?, sha256: String) throws {
        let workbook = try Workbook(path: path, file: fileName)
        workbookSheet = try workbook.sheet(named: name)
        self.fileName = fileName
        self.sha256 = sha256
        byteCount = workbookSheet.byteCount
    }

    func forEachRecord(_ body: (CSVRecord, Double?) throws -> Void) throws {
        var headerWidth: Int?
        var claimedRows: Double?
        try workbookSheet.forEachRow { row in
            guard let width = headerWidth else {
                try refuseMerges(headerRow: row.number)
                let width = row.cells.last?.column ?? 0
                headerWidth = width
                claimedRows = workbookSheet.claimedRowCount().map { Double(max($0, 1)) }
                try body(Self.record(row, width: width), claimedRows.map { 1 / $0 })
                return
            }
            try body(Self.record(row, width: width), claimedRows.map { Double(row.number) / $0 })
        }
    }

    /// Merged cells anywhere: only a merge's top left cell holds the value.
    private func refuseMerges(headerRow: Int) throws {
        let merges = workbookSheet.mergedRanges
        guard !merges.isEmpty else { return }
        let header = merges.filter { $0.contains(row: headerRow) }
        throw WorkbookError.mergedCells(
            file: fileName, sheet: workbookSheet.name,
            ranges: (header.isEmpty ? merges : header).prefix(10).map(\.description),
            inHeader: !header.isEmpty)
    }

    /// A row as a record `width` fields wide.
    static func record(_ row: SheetRow, width: Int) -> CSVRecord {
        var record = CSVRecord(line: row.number, fields: [String](repeating: "", count: width))
        for cell in row.cells {
            let index = cell.column - 1
            guard index < width else {
                if let text = cell.text, !TextNormalisation.trim(text).isEmpty {
                    record.cellProblems[index] = LocalizedText(
                        zh: "此列没有列名，却填了值 \"\(ImportLimits.shown(text))\"；请删去该值，或在表头补上列名",
                        en:
                            "a value, \"\(ImportLimits.shown(text))\", in a column without a header; remove it or name the column in the header"
                    )
                }
                continue
            }
            if case .number(let text) = cell.value, Self.integerDigits(text) > NumberText.significantDigits {
                // No count, amount or coordinate is that large: a code typed as a number,
                // whose last digits the spreadsheet has already dropped.
                record.cellProblems[index] = LocalizedText(
                    zh: "单元格是 \(Self.integerDigits(text)) 位的数字 \(text)，而电子表格只保存 15 位有效数字，末尾几位已经丢失；请把该列设置为“文本”格式后重新输入代码",
                    en:
                        "the cell is the \(Self.integerDigits(text))-digit number \(text), but a spreadsheet keeps only 15 significant digits, so its last digits are lost; format the column as text and type the code again"
                )
            } else if let text = cell.text {
                record.fields[index] = text
            } else {
                record.cellProblems[index] = problem(cell.value)
            }
            if let day = cell.serialDay { record.serialDays[index] = day }
        }
        return record
    }

    /// Digits before the point.
    static func integerDigits(_ text: String) -> Int {
        text.utf8.prefix { $0 != UInt8(ascii: ".") }.filter { $0 >= 48 && $0 <= 57 }.count
    }

    static func problem(_ value: SheetCell.Value) -> LocalizedText {
        switch value {
        case .formulaWithoutValue(let formula):
            LocalizedText(
                zh: "公式 \(formula.prefix(60)) 保存时没有计算结果；请在 Excel 或 WPS 中打开并重新计算后保存，或把公式改为值",
                en:
                    "the formula \(formula.prefix(60)) was saved without its value; open the workbook in Excel or WPS, recalculate and save it, or paste the values"
            )
        case .error(let code):
            LocalizedText(
                zh: "单元格是错误值 \(code)；请改正公式或填入值",
                en: "the cell holds the error value \(code); fix the formula or enter a value")
        default:
            LocalizedText(
                zh: "单元格文字超过 32,767 个字符（Excel 的上限，docs/LIMITS.md）",
                en: "the cell's text is longer than 32,767 characters (Excel's limit, docs/LIMITS.md)")
        }
    }
}
