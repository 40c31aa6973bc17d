import PuhuiCore

/// One row of a sheet as read: its number in the grid and its cells that hold something, in
/// column order.
public struct SheetRow: Sendable, Equatable {
    /// The row number a spreadsheet shows (1-based).
    public var number: Int
    public var cells: [SheetCell]

    public init(number: Int, cells: [SheetCell]) {
        self.number = number
        self.cells = cells
    }
}

/// One cell's value as text, with what kind of value the workbook stored.
public struct SheetCell: Sendable, Equatable {
    public enum Value: Sendable, Equatable {
        /// A string (shared, inline, or a formula's text result), exactly as stored.
        case text(String)
        /// A number, as `NumberText.canonical` writes it (`32.0123456`, `1850`).
        case number(String)
        /// A number whose format is a date: the day `YYYY-MM-DD` (with ` HH:MM` when it has a time).
        case date(String)
        /// `TRUE` or `FALSE`.
        case boolean(Bool)
        /// A formula the workbook was saved without computing (no cached value): its text.
        case formulaWithoutValue(String)
        /// An error value such as `#N/A` or `#DIV/0!`.
        case error(String)
        /// Text longer than `WorkbookLimits.maximumCellBytes`.
        case overLong
    }

    /// The column, 1-based (A = 1).
    public var column: Int
    public var value: Value
    /// For a plain number: the day it names read as a day serial in the workbook's date system
    /// (a date typed into a column formatted as a number shows as one).
    public var serialDay: LocalDate?

    public init(column: Int, value: Value, serialDay: LocalDate? = nil) {
        self.column = column
        self.value = value
        self.serialDay = serialDay
    }

    /// The text an import reads; nil for a value that has none (a formula never computed, an
    /// error value, over-long text).
    public var text: String? {
        switch value {
        case .text(let text), .number(let text), .date(let text): text
        case .boolean(let value): value ? "TRUE" : "FALSE"
        case .formulaWithoutValue, .error, .overLong: nil
        }
    }

    /// Whether the cell holds nothing a reader would see.
    var isBlank: Bool {
        if case .text(let text) = value { return text.isEmpty }
        return false
    }
}
