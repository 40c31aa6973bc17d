import Foundation

/// Writes CSV records (RFC 4180): LF line ends, no byte-order mark, a field quoted only when it
/// holds a comma, a quote or a line break (quotes doubled).
package struct CSVWriter {
    private(set) var text = ""

    mutating func write(_ fields: [String]) {
        for (index, field) in fields.enumerated() {
            if index > 0 { text.append(",") }
            text.append(Self.escape(field))
        }
        text.append("\n")
    }

    package static func escape(_ field: String) -> String {
        let needsQuotes = field.utf8.contains {
            $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D
        }
        guard needsQuotes else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// Takes the text written so far, leaving the writer empty.
    mutating func take() -> String {
        defer { text = "" }
        return text
    }
}
