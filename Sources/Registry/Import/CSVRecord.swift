import Workbook

/// One record of an import file: a CSV record, or a workbook sheet's row laid out the same way
/// (field *i* is the sheet's column *i + 1*), with the physical line (or the sheet's row
/// number, 1-based) where it starts.
public struct CSVRecord: Sendable, Equatable {
    public var line: Int
    public var fields: [String]
    /// A sheet's cells that hold no value to read (a formula saved without its value, an error
    /// value, over-long text, a value beyond the header), by field index, with what is wrong.
    public var cellProblems: [Int: LocalizedText] = [:]
    /// A sheet's number cells, by field index: the day each names read as a day serial, which a
    /// date column takes (a date shown as a number is still a date).
    public var serialDays: [Int: LocalDate] = [:]

    public init(line: Int, fields: [String]) {
        self.line = line
        self.fields = fields
    }
}
