import Workbook

/// An import file to fill in (`puhui template`): the header, one example row that imports as it
/// is (operators, then outlets, then prices: each example refers to the one before), and in a
/// workbook a second sheet, 说明, explaining every column in Chinese from `ColumnGuide`.
public enum ImportTemplate {
    /// The explanation sheet's name.
    public static let guideSheet = "说明"

    /// CSV: a byte-order mark (so Excel on Windows opens the UTF-8 text as such), the header and
    /// the example row.
    public static func csv(_ table: RegistryTable) -> String {
        var writer = CSVWriter()
        writer.write(table.columns)
        writer.write(table.guide.map(\.example))
        return "\u{FEFF}" + writer.take()
    }

    /// A workbook at `path`: the sheet named after the table (header frozen, the example row),
    /// then 说明 (one row per column: its name, Chinese name, whether required, meaning, example).
    public static func writeWorkbook(_ table: RegistryTable, to path: String) throws {
        let guide = table.guide
        let writer = try WorkbookWriter()
        try writer.addSheet(name: table.rawValue) { sheet in
            try sheet.write(table.columns.map(WorkbookValue.text), style: .header)
            try sheet.write(WorkbookValue.cells(guide.map(\.example), kinds: guide.map(\.kind)))
        }
        try writer.addSheet(name: guideSheet) { sheet in
            try sheet.write(["列名", "中文名称", "是否必填", "填写说明", "示例"].map(WorkbookValue.text), style: .header)
            for column in guide {
                try sheet.write(
                    [
                        .text(column.column), .text(column.nameZH), .text(column.required ? "必填" : "选填"),
                        .text(column.meaningZH), column.example.isEmpty ? .empty : .text(column.example),
                    ], style: .wrapped)
            }
            try sheet.write([])
            try sheet.write(
                [.text("说明"), .text(notes)], style: .wrapped)
        }
        try writer.write(to: path)
    }

    /// What holds for every column (docs/CSV.md).
    static let notes = """
        第一行是列名，列的顺序可以调换，但不能有未知列；空单元格表示“未登记”。日期写作 YYYY-MM-DD；\
        金额单位为元，最多两位小数；代码和编号（统一社会信用代码、区县代码、网点编号、电话）请设为“文本”格式，\
        以免丢失开头的 0 或末尾的数字。导入时先检查全部行，任何一行有误则全部不导入，并逐条列出问题所在的单元格。\
        请先导入运营主体，再导入网点，最后导入价格。
        """
}
