import Foundation

/// A plain-text table whose columns line up in a terminal, Chinese characters counted as two
/// columns wide.
struct TextTable {
    struct Column {
        var title: String
        var rightAligned = false
        /// Cells wider than this are cut with "…"; nil keeps them whole.
        var maxWidth: Int? = nil
    }

    var columns: [Column]
    var rows: [[String]] = []

    init(_ columns: [Column]) {
        self.columns = columns
    }

    mutating func append(_ row: [String]) {
        rows.append(row)
    }

    func render() -> String {
        let cells = rows.map { row in
            columns.indices.map { index -> String in
                let text = index < row.count ? row[index].replacingOccurrences(of: "\n", with: " ") : ""
                if let limit = columns[index].maxWidth { return DisplayWidth.truncate(text, to: limit) }
                return text
            }
        }
        let widths = columns.indices.map { index in
            ([DisplayWidth.of(columns[index].title)] + cells.map { DisplayWidth.of($0[index]) }).max() ?? 0
        }
        var lines: [String] = []
        lines.append(line(columns.map(\.title), widths))
        lines.append(widths.map { String(repeating: "─", count: $0) }.joined(separator: "  "))
        for row in cells {
            lines.append(line(row, widths))
        }
        return lines.joined(separator: "\n")
    }

    private func line(_ cells: [String], _ widths: [Int]) -> String {
        var parts: [String] = []
        for (index, cell) in cells.enumerated() {
            let isLast = index == cells.count - 1
            if isLast && !columns[index].rightAligned {
                parts.append(cell)
            } else {
                parts.append(DisplayWidth.pad(cell, to: widths[index], rightAligned: columns[index].rightAligned))
            }
        }
        return parts.joined(separator: "  ")
    }
}
