import Workbook

/// One problem found in an imported file, positioned at the physical line where its record
/// starts, with its reason in English and Chinese:
///
/// ```
/// outlets.csv:14: column lat: value "3.2": outside the city (31.60–32.75)
/// outlets.csv:14: 列 lat：值 "3.2"：超出市域范围（31.60–32.75）
/// ```
///
/// In a workbook the place is the sheet and cell a spreadsheet shows (`line` is the row):
/// `outlets.xlsx:Sheet1!I14: column lat: …`, or `outlets.xlsx:Sheet1!14:` for a whole row.
public struct ImportProblem: Sendable, Equatable, Hashable, Codable, CustomStringConvertible {
    /// The file's name as given.
    public var file: String
    /// The physical line (1-based) where the record starts; 1 is the header.
    public var line: Int
    /// The column's header name, if the problem is about one field.
    public var column: String?
    /// The offending value as read, if any.
    public var value: String?
    /// The sheet, when the file is a workbook.
    public var sheet: String?
    /// The cell's column letters in the sheet (`I`), when the problem is about one cell.
    public var cell: String?
    /// What is wrong, in English (the stable text: tests and scripts may match it).
    public var reason: String
    /// What is wrong, in Chinese (中文原因).
    public var reasonZH: String

    public init(file: String, line: Int, column: String? = nil, value: String? = nil, reason: String, reasonZH: String)
    {
        self.file = file
        self.line = line
        self.column = column
        self.value = value
        self.reason = reason
        self.reasonZH = reasonZH
    }

    public init(file: String, line: Int, column: String? = nil, value: String? = nil, reason: LocalizedText) {
        self.init(file: file, line: line, column: column, value: value, reason: reason.en, reasonZH: reason.zh)
    }

    /// The reason in both languages.
    public var reasons: LocalizedText { LocalizedText(zh: reasonZH, en: reason) }

    /// The reason in `language`.
    public func reason(in language: Language) -> String {
        reasons.text(language)
    }

    /// The English line: `outlets.csv:14: column lat: value "3.2": outside the city (31.60–32.75)`.
    public var description: String { description(.en) }

    /// The whole line in `language`; in Chinese
    /// `outlets.csv:14: 列 lat：值 "3.2"：超出市域范围（31.60–32.75）`.
    public func description(_ language: Language) -> String {
        var text = place + ":"
        switch language {
        case .en:
            if let column { text += " column \(column):" }
            if let value { text += " value \"\(value)\":" }
            return text + " " + reason
        case .zh:
            text += " "
            if let column { text += "列 \(column)：" }
            if let value { text += "值 \"\(value)\"：" }
            return text + reasonZH
        }
    }

    /// `outlets.csv:14`, `outlets.xlsx:Sheet1!I14`, `outlets.xlsx:Sheet1!14`.
    public var place: String {
        guard let sheet else { return "\(file):\(line)" }
        return "\(file):\(sheet)!\(cell ?? "")\(line)"
    }

    /// Placed in `sheet`, its cell found from its column's index in `columns` (0-based, as the
    /// header gave them) unless it has one; unchanged for CSV (`sheet` nil).
    func placed(inSheet sheet: String?, columns: [String: Int]) -> ImportProblem {
        guard let sheet else { return self }
        var problem = self
        problem.sheet = sheet
        if problem.cell == nil, let column, let index = columns[column] {
            problem.cell = CellReference.letters(index + 1)
        }
        return problem
    }

    private enum CodingKeys: String, CodingKey {
        case file, line, column, value, reason, reasonZH, sheet, cell
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        file = try container.decode(String.self, forKey: .file)
        line = try container.decode(Int.self, forKey: .line)
        column = try container.decodeIfPresent(String.self, forKey: .column)
        value = try container.decodeIfPresent(String.self, forKey: .value)
        reason = try container.decode(String.self, forKey: .reason)
        // Problems encoded before the Chinese reason existed read as English.
        reasonZH = try container.decodeIfPresent(String.self, forKey: .reasonZH) ?? reason
        sheet = try container.decodeIfPresent(String.self, forKey: .sheet)
        cell = try container.decodeIfPresent(String.self, forKey: .cell)
    }
}
