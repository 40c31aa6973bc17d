import PuhuiCore

/// Why a workbook (.xlsx) or one of its sheets cannot be read. Each case names the file, and the
/// sheet and cell where there is one, and says how to fix it in both languages.
public enum WorkbookError: UserFacingError, Equatable {
    /// The file is not an Office Open XML workbook: not a zip archive, or one without a workbook
    /// part. `legacy` when it is an old binary `.xls` (or an encrypted workbook, which has the
    /// same container).
    case notAWorkbook(file: String, legacy: Bool)
    /// No sheet of that name; the workbook's sheets in order.
    case missingSheet(file: String, sheet: String, available: [String])
    /// The workbook has no sheet at all.
    case noSheets(file: String)
    /// Cells merged into one (`A1:C1`): the header's, or data rows'.
    case mergedCells(file: String, sheet: String, ranges: [String], inHeader: Bool)
    /// A part of the archive is larger (uncompressed) than the limit: a zip bomb, or a sheet far
    /// beyond anything the registry imports.
    case partTooLarge(file: String, part: String, limit: Int)
    /// A part is not well-formed XML: the parser's error code.
    case malformedPart(file: String, part: String, line: Int, parserCode: Int)
    /// A part holds markup no workbook writer makes: a DTD, a row or cell out of the grid, a
    /// number that is not one (the markup quoted).
    case unexpectedMarkup(file: String, part: String, line: Int, markup: String)
    /// The archive is damaged (a checksum or a compressed stream does not read).
    case damaged(file: String, part: String)
    /// The workbook file could not be written.
    case cannotWrite(path: String, reason: String)

    public var kind: FailureKind {
        switch self {
        case .cannotWrite: .io
        default: .invalidData
        }
    }

    public var message: LocalizedText {
        switch self {
        case .notAWorkbook(let file, let legacy):
            legacy
                ? LocalizedText(
                    zh: "\(file)：这是旧版 .xls 工作簿或已加密的工作簿，无法读取；请在 Excel 或 WPS 中取消密码后“另存为” .xlsx 格式",
                    en:
                        "\(file): an old .xls workbook or an encrypted one, which cannot be read; remove the password and save it as .xlsx in Excel or WPS"
                )
                : LocalizedText(
                    zh: "\(file)：不是 .xlsx 工作簿（不是工作簿的压缩包格式）；请在 Excel 或 WPS 中“另存为” .xlsx，或导入 CSV",
                    en:
                        "\(file): not an .xlsx workbook (not an Office Open XML archive); save it as .xlsx in Excel or WPS, or import CSV"
                )
        case .missingSheet(let file, let sheet, let available):
            LocalizedText(
                zh:
                    "\(file)：没有名为“\(sheet)”的工作表；现有工作表：\(available.map { "“\($0)”" }.joined(separator: "、"))（用 --sheet 指定）",
                en:
                    "\(file): no sheet named \"\(sheet)\"; the sheets are \(available.map { "\"\($0)\"" }.joined(separator: ", ")) (choose one with --sheet)"
            )
        case .noSheets(let file):
            LocalizedText(zh: "\(file)：工作簿中没有工作表", en: "\(file): the workbook has no sheet")
        case .mergedCells(let file, let sheet, let ranges, let inHeader):
            inHeader
                ? LocalizedText(
                    zh:
                        "\(file):\(sheet)!\(ranges[0])：表头有合并单元格（\(ranges.joined(separator: "、"))）；每列须有自己的列名：请取消合并，在每个单元格中填写列名",
                    en:
                        "\(file):\(sheet)!\(ranges[0]): the header has merged cells (\(ranges.joined(separator: ", "))); every column needs its own name: unmerge them and give each cell its column's name"
                )
                : LocalizedText(
                    zh:
                        "\(file):\(sheet)!\(ranges[0])：数据行中有合并单元格（\(ranges.joined(separator: "、"))）；合并后只有左上角单元格有值：请取消合并，并在每个单元格中填写值",
                    en:
                        "\(file):\(sheet)!\(ranges[0]): merged cells among the rows (\(ranges.joined(separator: ", "))); only the top left cell of a merge holds a value: unmerge them and fill every cell"
                )
        case .partTooLarge(let file, let part, let limit):
            LocalizedText(
                zh: "\(file)：其中的 \(part) 解压后超过 \(limit) 字节的上限（docs/LIMITS.md）；请拆分工作簿后分别导入",
                en:
                    "\(file): its part \(part) is larger than \(limit) bytes uncompressed, the limit (docs/LIMITS.md); split the workbook and import the parts"
            )
        case .malformedPart(let file, let part, let line, let code):
            LocalizedText(
                zh: "\(file)：其中的 \(part) 第 \(line) 行格式有误（解析错误码 \(code)），工作簿可能已损坏；请在 Excel 或 WPS 中重新保存",
                en:
                    "\(file): its part \(part) is malformed at line \(line) (parser error \(code)); the workbook may be damaged: save it again in Excel or WPS"
            )
        case .unexpectedMarkup(let file, let part, let line, let markup):
            LocalizedText(
                zh: "\(file)：其中的 \(part) 第 \(line) 行有工作簿中不应出现的内容 \(markup)；请在 Excel 或 WPS 中重新保存",
                en:
                    "\(file): its part \(part) holds \(markup) at line \(line), which no workbook should; save it again in Excel or WPS"
            )
        case .damaged(let file, let part):
            LocalizedText(
                zh: "\(file)：压缩包已损坏（\(part) 无法解压）；请重新保存或重新复制该文件",
                en: "\(file): the archive is damaged (\(part) does not decompress); save or copy the file again")
        case .cannotWrite(let path, let reason):
            LocalizedText(zh: "无法写入 \(path)（系统提示：\(reason)）", en: "cannot write \(path): \(reason)")
        }
    }
}
