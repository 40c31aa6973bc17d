import Workbook

extension FieldReader {
    /// A sheet's cells with no value to read (`CSVRecord.cellProblems`) as problems at their
    /// cells. Returns whether there were none.
    mutating func checkCells() -> Bool {
        guard !record.cellProblems.isEmpty else { return true }
        let names = Dictionary(columns.map { ($0.value, $0.key) }, uniquingKeysWith: { first, _ in first })
        for (index, reason) in record.cellProblems.sorted(by: { $0.key < $1.key }) {
            var problem = ImportProblem(file: file, line: record.line, column: names[index], reason: reason)
            problem.cell = CellReference.letters(index + 1)
            problems.append(problem)
        }
        return false
    }
}

extension FieldReader {
    /// Checks every field of the record against `ImportLimits` before anything is parsed: a
    /// value too long for its column, or holding a control character, is a problem (the text
    /// is kept whole or refused, never cut). Returns whether the record passed.
    mutating func checkLimits() -> Bool {
        var passed = true
        for (column, index) in columns.sorted(by: { $0.value < $1.value }) where index < record.fields.count {
            let raw = record.fields[index]
            let maximum = ImportLimits.maximum(column)
            let multiline = ImportLimits.multilineColumns.contains(column)
            var length = 0
            var refused: Unicode.Scalar?
            for scalar in raw.unicodeScalars {
                length += 1
                if refused == nil, ImportLimits.isRefused(scalar, multiline: multiline) { refused = scalar }
            }
            if let refused {
                passed = false
                let code = "U+" + String(refused.value, radix: 16, uppercase: true).leftPadded(to: 4)
                let allowed = multiline
                problem(
                    column, ImportLimits.shown(raw),
                    zh: allowed
                        ? "含控制字符 \(code)（此列只可含制表符和换行）；请删去该字符"
                        : "含控制字符 \(code)（此列不可含控制字符、制表符或换行）；请删去该字符",
                    en: allowed
                        ? "holds the control character \(code) (this column takes only tabs and line breaks); remove it"
                        : "holds the control character \(code) (this column takes no control characters, tabs or line breaks); remove it"
                )
            } else if length > maximum {
                passed = false
                problem(
                    column, ImportLimits.shown(raw),
                    zh: "长度为 \(length) 个字符，超过此列上限 \(maximum) 个字符（docs/LIMITS.md）；请缩短",
                    en:
                        "is \(length) characters long, more than this column's limit of \(maximum) (docs/LIMITS.md); shorten it"
                )
            }
        }
        return passed
    }
}

extension String {
    /// Left-padded with zeros to `width`.
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}

extension FieldReader {
    /// A date on which something happened (opened, filed, approved, applied, decided): a day
    /// after `today` cannot be true and is a problem.
    mutating func pastDate(_ column: String, today: LocalDate?) -> LocalDate? {
        guard let value = date(column) else { return nil }
        if let today, value > today {
            problem(
                column, value.description, zh: "晚于今天（\(today)）：这是已发生之事的日期，不能在将来",
                en: "after today (\(today)): it is the day something happened, so it cannot be in the future")
            return nil
        }
        return value
    }
}
