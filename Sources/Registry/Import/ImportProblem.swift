/// One problem found in an imported file, positioned at the physical line where its record
/// starts: `outlets.csv:14: column lat: value "3.2": outside the city (31.60–32.75)`.
public struct ImportProblem: Sendable, Equatable, Hashable, Codable, CustomStringConvertible {
    /// The file's name as given.
    public var file: String
    /// The physical line (1-based) where the record starts; 1 is the header.
    public var line: Int
    /// The column's header name, if the problem is about one field.
    public var column: String?
    /// The offending value as read, if any.
    public var value: String?
    /// What is wrong, in English.
    public var reason: String

    public init(file: String, line: Int, column: String? = nil, value: String? = nil, reason: String) {
        self.file = file
        self.line = line
        self.column = column
        self.value = value
        self.reason = reason
    }

    public var description: String {
        var text = "\(file):\(line):"
        if let column { text += " column \(column):" }
        if let value { text += " value \"\(value)\":" }
        return text + " " + reason
    }
}
