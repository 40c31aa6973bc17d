/// Reads one CSV record's fields by column name, normalising and validating them, and collects
/// every problem (it never stops at the first).
struct FieldReader {
    let file: String
    let record: CSVRecord
    let columns: [String: Int]
    var problems: [ImportProblem] = []
    /// Accepted values worth a look (they do not stop the import).
    var warnings: [ImportProblem] = []

    init(file: String, record: CSVRecord, columns: [String: Int]) {
        self.file = file
        self.record = record
        self.columns = columns
    }

    var line: Int { record.line }

    mutating func problem(_ column: String?, _ value: String?, _ reason: LocalizedText) {
        problems.append(ImportProblem(file: file, line: record.line, column: column, value: value, reason: reason))
    }

    /// A problem with its reason in Chinese and English.
    mutating func problem(_ column: String?, _ value: String?, zh: String, en: String) {
        problem(column, value, LocalizedText(zh: zh, en: en))
    }

    mutating func warning(_ column: String?, _ value: String?, zh: String, en: String) {
        warnings.append(
            ImportProblem(
                file: file, line: record.line, column: column, value: value, reason: LocalizedText(zh: zh, en: en)))
    }

    /// A required field left empty.
    static let requiredText = LocalizedText(zh: "必填", en: "required")

    /// The field's text, NFC-normalised and trimmed; nil when the column is absent or empty.
    func text(_ column: String) -> String? {
        guard let index = columns[column], index < record.fields.count else { return nil }
        let raw = record.fields[index]
        if raw.isEmpty { return nil }
        let value = TextNormalisation.normalise(raw)
        return value.isEmpty ? nil : value
    }

    /// The field's text, or a "required" problem.
    mutating func required(_ column: String) -> String? {
        guard let value = text(column) else {
            problem(column, nil, Self.requiredText)
            return nil
        }
        return value
    }

    /// A numeric field's text with full-width digits read as ASCII.
    func numeric(_ column: String) -> String? {
        text(column).map(TextNormalisation.asciiDigits)
    }

    mutating func int(_ column: String, in range: ClosedRange<Int> = 0...Int(Int32.max), required: Bool = false) -> Int?
    {
        guard let value = numeric(column) else {
            if required { problem(column, nil, Self.requiredText) }
            return nil
        }
        guard value.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 || $0 == UInt8(ascii: "-") }), let number = Int(value) else {
            problem(column, value, zh: "不是整数", en: "not a whole number")
            return nil
        }
        guard range.contains(number) else {
            if number < 0 && range.lowerBound >= 0 {
                problem(column, value, zh: "不能为负数", en: "must not be negative")
            } else {
                problem(
                    column, value, zh: "应在 \(range.lowerBound) 到 \(range.upperBound) 之间",
                    en: "must be between \(range.lowerBound) and \(range.upperBound)")
            }
            return nil
        }
        return number
    }

    mutating func double(_ column: String, required: Bool = false) -> Double? {
        guard let value = numeric(column) else {
            if required { problem(column, nil, Self.requiredText) }
            return nil
        }
        let allowed = value.utf8.allSatisfy {
            ($0 >= 48 && $0 <= 57) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "-")
        }
        guard allowed, let number = Double(value), number.isFinite else {
            problem(column, value, zh: "不是有效的数字（如 32.01）", en: "not a decimal number")
            return nil
        }
        return number
    }

    mutating func date(_ column: String, required: Bool = false) -> LocalDate? {
        guard let value = numeric(column) else {
            if required { problem(column, nil, Self.requiredText) }
            return nil
        }
        do {
            return try LocalDate(parsing: value)
        } catch {
            // A sheet's number in a date column is a day serial (a date formatted as a number).
            if let index = columns[column], let day = record.serialDays[index] { return day }
            problem(column, value, error.reason)
            return nil
        }
    }

    mutating func money(_ column: String, required: Bool = false) -> Fen? {
        guard let value = numeric(column) else {
            if required { problem(column, nil, Self.requiredText) }
            return nil
        }
        do {
            return try Fen(yuan: value)
        } catch {
            if case .invalidValue(_, _, let reason) = error { problem(column, value, reason) }
            return nil
        }
    }

    mutating func enumValue<E: RegistryEnum>(_ column: String, _ type: E.Type = E.self, required: Bool = false) -> E? {
        guard let value = text(column) else {
            if required { problem(column, nil, Self.requiredText) }
            return nil
        }
        guard let parsed = E(rawValue: value) else {
            problem(column, value, Self.unknownValue(E.self))
            return nil
        }
        return parsed
    }

    /// `yes`/`no`, also `true`/`false`, `1`/`0`, `是`/`否`.
    mutating func bool(_ column: String, required: Bool = false) -> Bool? {
        guard let value = numeric(column) else {
            if required { problem(column, nil, Self.requiredText) }
            return nil
        }
        switch value.lowercased() {
        case "yes", "true", "1", "是": return true
        case "no", "false", "0", "否": return false
        default:
            problem(column, value, zh: "应为 yes 或 no（也可填 是 或 否）", en: "not yes or no")
            return nil
        }
    }

    /// An outlet id: 1–32 of `A-Z a-z 0-9 _ -`.
    mutating func outletID(_ column: String, required: Bool) -> String? {
        guard let value = required ? self.required(column) : text(column) else { return nil }
        guard Self.isOutletID(value) else {
            problem(
                column, value, zh: "不是有效的网点编号（1–32 个字符，只能用 A-Z a-z 0-9 _ -）",
                en: "not an outlet id (1–32 of A-Z a-z 0-9 _ -)")
            return nil
        }
        return value
    }

    static func isOutletID(_ text: String) -> Bool {
        let bytes = text.utf8
        return (1...32).contains(bytes.count)
            && bytes.allSatisfy { byte in
                switch byte {
                case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                    UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "-"):
                    true
                default: false
                }
            }
    }

    // MARK: - Texts

    /// `unknown kind (valid: …)` / `未知的网点类型（有效值：elder_institution 养老机构、…）`.
    static func unknownValue<E: RegistryEnum>(_ type: E.Type) -> LocalizedText {
        let valid = E.allCases.map { "\($0.rawValue) \($0.nameZH)" }.joined(separator: "、")
        return LocalizedText(
            zh: "未知的\(E.valueName.zh)（有效值：\(valid)）",
            en: "unknown \(E.valueDescription) (valid: \(E.validValues))")
    }

    /// A column as a Chinese reason names it: its Chinese name, then its header (`租赁起始日期 lease_from`).
    static func columnZH(_ column: String) -> String {
        guard let name = columnNamesZH[column] else { return column }
        return "\(name) \(column)"
    }

    /// The Chinese names of the CSV columns (docs/CSV.md).
    static var columnNamesZH: [String: String] { ColumnGuide.namesZH }
}
