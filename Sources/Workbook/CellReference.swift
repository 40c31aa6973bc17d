/// A cell's position as a spreadsheet user sees it: column letters and row number (`D7`), both
/// 1-based in the grid (A = column 1).
public struct CellReference: Sendable, Hashable, CustomStringConvertible {
    public var column: Int
    public var row: Int

    public init(column: Int, row: Int) {
        self.column = column
        self.row = row
    }

    /// Parses `D7` (also lowercase, and `$D$7`); nil when malformed or outside the grid.
    public init?(_ text: some StringProtocol) {
        var column = 0
        var row = 0
        var sawDigit = false
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "$"): continue
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"):
                guard !sawDigit else { return nil }
                column = column * 26 + Int(byte & 0xDF) - 64
                guard column <= WorkbookLimits.maximumColumn else { return nil }
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                sawDigit = true
                row = row * 10 + Int(byte) - 48
                guard row <= WorkbookLimits.maximumRow else { return nil }
            default: return nil
            }
        }
        guard column > 0, row > 0 else { return nil }
        self.init(column: column, row: row)
    }

    /// `D7`.
    public var description: String { Self.letters(column) + String(row) }

    /// A column's letters: 1 → `A`, 27 → `AA`.
    public static func letters(_ column: Int) -> String {
        var number = column
        var scalars: [Unicode.Scalar] = []
        while number > 0 {
            let remainder = (number - 1) % 26
            scalars.append(Unicode.Scalar(UInt8(65 + remainder)))
            number = (number - 1) / 26
        }
        return String(String.UnicodeScalarView(scalars.reversed()))
    }

    /// The column of a cell reference with or without its row (`D7`, `D`): letters only.
    static func column(ofReference text: some StringProtocol) -> Int? {
        var column = 0
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "$"): continue
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"):
                column = column * 26 + Int(byte & 0xDF) - 64
                guard column <= WorkbookLimits.maximumColumn else { return nil }
            default: return column > 0 ? column : nil
            }
        }
        return column > 0 ? column : nil
    }
}

/// A rectangle of cells (`A1:C1`), as a merge names it.
public struct CellRange: Sendable, Hashable, CustomStringConvertible {
    public var first: CellReference
    public var last: CellReference

    public init?(_ text: some StringProtocol) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard let first = parts.first.flatMap({ CellReference($0) }) else { return nil }
        let last = parts.count == 2 ? CellReference(parts[1]) : first
        guard let last, parts.count <= 2 else { return nil }
        self.first = first
        self.last = last
    }

    public func contains(row: Int) -> Bool { (first.row...max(first.row, last.row)).contains(row) }

    public var description: String { first == last ? first.description : "\(first):\(last)" }
}
