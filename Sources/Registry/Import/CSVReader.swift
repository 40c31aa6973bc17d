/// An RFC 4180 CSV reader over UTF-8 bytes: fields quoted with `"` may hold commas, line breaks
/// and `""` (a quote); LF, CRLF (and a lone CR) end records; a leading byte-order mark is
/// skipped; blank lines are skipped. Each record reports the physical line where it starts.
/// Malformed quoting and invalid UTF-8 are errors positioned at line and column.
public struct CSVReader: Sendable {
    private let bytes: [UInt8]
    private var position: Int
    private var line = 1
    private var lineStart: Int

    private static let quote = UInt8(ascii: "\"")
    private static let comma = UInt8(ascii: ",")
    private static let lf: UInt8 = 0x0A
    private static let cr: UInt8 = 0x0D

    public init(bytes: [UInt8]) {
        self.bytes = bytes
        let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        position = start
        lineStart = start
    }

    public init(text: String) {
        self.init(bytes: Array(text.utf8))
    }

    /// How far the reader has come, in bytes (for progress).
    public var byteOffset: Int { position }

    /// Reads every record.
    public mutating func readAll() throws(CSVError) -> [CSVRecord] {
        var records: [CSVRecord] = []
        while let record = try next() { records.append(record) }
        return records
    }

    /// The next record, or nil at the end.
    public mutating func next() throws(CSVError) -> CSVRecord? {
        // Skip blank lines.
        while position < bytes.count, bytes[position] == Self.lf || bytes[position] == Self.cr {
            consumeLineBreak()
        }
        guard position < bytes.count else { return nil }
        let startLine = line
        var fields: [String] = []
        while true {
            guard fields.count < ImportLimits.maximumFieldsPerRecord else {
                throw CSVError(line: startLine, column: column(at: position), reason: CSVError.tooManyFields)
            }
            fields.append(try readField())
            if position >= bytes.count { break }
            let byte = bytes[position]
            if byte == Self.comma {
                position += 1
                continue
            }
            // A line break ends the record.
            consumeLineBreak()
            break
        }
        return CSVRecord(line: startLine, fields: fields)
    }

    private mutating func consumeLineBreak() {
        if bytes[position] == Self.cr, position + 1 < bytes.count, bytes[position + 1] == Self.lf {
            position += 2
        } else {
            position += 1
        }
        line += 1
        lineStart = position
    }

    private func column(at index: Int) -> Int {
        // Characters (counted as UTF-8 scalar starts) from the line's start, 1-based.
        var count = 1
        var i = lineStart
        while i < index && i < bytes.count {
            if bytes[i] & 0xC0 != 0x80 { count += 1 }
            i += 1
        }
        return count
    }

    private func makeString(_ slice: ArraySlice<UInt8>, at index: Int) throws(CSVError) -> String {
        guard let text = String(validating: slice, as: UTF8.self) else {
            throw CSVError(line: line, column: column(at: index), reason: CSVError.invalidUTF8)
        }
        return text
    }

    private mutating func readField() throws(CSVError) -> String {
        let start = position
        guard position < bytes.count, bytes[position] == Self.quote else {
            // Unquoted: up to a comma or line break; a quote inside is malformed.
            while position < bytes.count {
                let byte = bytes[position]
                if byte == Self.comma || byte == Self.lf || byte == Self.cr { break }
                if byte == Self.quote {
                    throw CSVError(
                        line: line, column: column(at: position),
                        reason: CSVError.quoteInUnquotedField)
                }
                position += 1
                if position - start > ImportLimits.maximumFieldBytes {
                    throw CSVError(line: line, column: column(at: start), reason: CSVError.fieldTooLong)
                }
            }
            return try makeString(bytes[start..<position], at: start)
        }
        let openLine = line
        let openColumn = column(at: position)
        position += 1
        var buffer: [UInt8] = []
        var segmentStart = position
        while true {
            guard position < bytes.count else {
                throw CSVError(line: openLine, column: openColumn, reason: CSVError.unclosedQuote)
            }
            if buffer.count + (position - segmentStart) > ImportLimits.maximumFieldBytes {
                throw CSVError(line: openLine, column: openColumn, reason: CSVError.fieldTooLong)
            }
            let byte = bytes[position]
            if byte == Self.quote {
                buffer.append(contentsOf: bytes[segmentStart..<position])
                if position + 1 < bytes.count, bytes[position + 1] == Self.quote {
                    buffer.append(Self.quote)
                    position += 2
                    segmentStart = position
                    continue
                }
                position += 1
                break
            }
            if byte == Self.lf || (byte == Self.cr && !(position + 1 < bytes.count && bytes[position + 1] == Self.lf)) {
                position += 1
                line += 1
                lineStart = position
            } else {
                position += 1
            }
        }
        if position < bytes.count {
            let next = bytes[position]
            if next != Self.comma && next != Self.lf && next != Self.cr {
                throw CSVError(
                    line: line, column: column(at: position),
                    reason: CSVError.textAfterClosingQuote)
            }
        }
        return try makeString(buffer[...], at: start)
    }
}
