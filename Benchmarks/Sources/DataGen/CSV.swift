#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Problems reading or writing files.
struct DataGenError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// Streams CSV rows to a file through a large byte buffer: RFC 4180 quoting only where needed,
/// LF line ends, no BOM (the format `puhui export` writes). A struct, so that its hot paths
/// carry no dynamic exclusivity checks; `close()` must be called once at the end.
struct CSVWriter {
    private let file: UnsafeMutablePointer<FILE>
    private var buffer: [UInt8] = []
    private var firstField = true
    let path: String
    private(set) var rows = 0

    init(path: String, header: [String]) throws {
        self.file = try Self.open(path)
        self.path = path
        buffer.reserveCapacity(1 << 20)
        for column in header { field(column) }
        endRow()
        rows = 0
    }

    private static func open(_ path: String) throws -> UnsafeMutablePointer<FILE> {
        guard let file = fopen(path, "wb") else { throw DataGenError("cannot write \(path)") }
        return file
    }

    /// A text field, quoted when it holds a comma, quote or line break.
    mutating func field(_ text: String) {
        separator()
        let done: Bool? = text.utf8.withContiguousStorageIfAvailable { bytes in
            for byte in bytes where byte == 44 || byte == 34 || byte == 10 || byte == 13 { return false }
            buffer.append(contentsOf: bytes)
            return true
        }
        guard done != true else { return }
        var needsQuotes = false
        for byte in text.utf8 where byte == 44 || byte == 34 || byte == 10 || byte == 13 {
            needsQuotes = true
            break
        }
        if needsQuotes {
            buffer.append(34)
            for byte in text.utf8 {
                if byte == 34 { buffer.append(34) }
                buffer.append(byte)
            }
            buffer.append(34)
        } else {
            buffer.append(contentsOf: text.utf8)
        }
    }

    mutating func field(_ value: String?) { if let value { field(value) } else { separator() } }

    mutating func field(_ value: Int?) {
        separator()
        if let value { appendInt(value) }
    }

    mutating func field(_ day: Day?) {
        separator()
        guard let day else { return }
        let c = day.civil
        appendPadded(c.year, width: 4)
        buffer.append(45)
        appendPadded(c.month, width: 2)
        buffer.append(45)
        appendPadded(c.day, width: 2)
    }

    /// Micro-degrees as decimal degrees, at most six decimals without trailing zeros (at least
    /// one): the shortest text that reads back as the same number, as `puhui export` writes it.
    mutating func degrees(_ e6: Int) {
        separator()
        if e6 < 0 { buffer.append(45) }
        let v = abs(e6)
        appendInt(v / 1_000_000)
        buffer.append(46)
        var fraction = v % 1_000_000
        var width = 6
        while width > 1 && fraction % 10 == 0 {
            fraction /= 10
            width -= 1
        }
        appendPadded(fraction, width: width)
    }

    /// Fen as yuan with two decimals (`1850.00`).
    mutating func yuan(_ fen: Int) {
        separator()
        appendInt(fen / 100)
        buffer.append(46)
        appendPadded(fen % 100, width: 2)
    }

    mutating func endRow() {
        buffer.append(10)
        firstField = true
        rows += 1
        if buffer.count >= 1 << 20 { flush() }
    }

    mutating func close() throws {
        flush()
        guard fclose(file) == 0 else { throw DataGenError("cannot write \(path)") }
    }

    private mutating func flush() {
        if !buffer.isEmpty {
            _ = buffer.withUnsafeBufferPointer { fwrite($0.baseAddress, 1, $0.count, file) }
            buffer.removeAll(keepingCapacity: true)
        }
    }

    private mutating func separator() {
        if firstField { firstField = false } else { buffer.append(44) }
    }

    private mutating func appendInt(_ value: Int) {
        if value < 0 {
            buffer.append(45)
            appendInt(-value)
            return
        }
        if value >= 10 { appendInt(value / 10) }
        buffer.append(UInt8(48 + value % 10))
    }

    private mutating func appendPadded(_ value: Int, width: Int) {
        var divisor = 1
        for _ in 1..<width { divisor *= 10 }
        var v = value
        if v >= divisor * 10 {
            appendInt(v / (divisor * 10))
            v %= divisor * 10
        }
        while divisor > 0 {
            buffer.append(UInt8(48 + (v / divisor) % 10))
            divisor /= 10
        }
    }
}

/// Reads an RFC 4180 CSV file record by record (UTF-8, optional BOM, LF or CRLF), streaming
/// through a buffer so that files of hundreds of megabytes need little memory.
final class CSVReader {
    private let file: UnsafeMutablePointer<FILE>
    private var chunk = [UInt8](repeating: 0, count: 1 << 20)
    private var length = 0
    private var position = 0
    private var atEnd = false
    private var started = false
    let path: String
    /// Line number (1-based) where the last returned record started.
    private(set) var line = 0
    private var nextLine = 1

    init(path: String) throws {
        guard let file = fopen(path, "rb") else { throw DataGenError("cannot read \(path)") }
        self.file = file
        self.path = path
    }

    deinit { fclose(file) }

    private func byte() -> UInt8? {
        if position == length {
            if atEnd { return nil }
            length = chunk.withUnsafeMutableBufferPointer { fread($0.baseAddress, 1, $0.count, file) }
            position = 0
            if length == 0 {
                atEnd = true
                return nil
            }
        }
        defer { position += 1 }
        return chunk[position]
    }

    private func peek() -> UInt8? {
        guard let b = byte() else { return nil }
        position -= 1
        return b
    }

    /// The next record's fields, or nil at the end of the file.
    func next() throws -> [String]? {
        if !started {
            started = true
            if peek() == 0xEF {
                _ = byte()
                guard byte() == 0xBB, byte() == 0xBF else { throw DataGenError("\(path): bad byte-order mark") }
            }
        }
        guard peek() != nil else { return nil }
        line = nextLine
        var fields: [String] = []
        var field: [UInt8] = []
        var quoted = false
        var inQuotes = false
        while true {
            guard let b = byte() else {
                if inQuotes { throw DataGenError("\(path):\(line): unterminated quoted field") }
                fields.append(String(decoding: field, as: UTF8.self))
                return fields
            }
            if inQuotes {
                if b == 34 {
                    if peek() == 34 {
                        _ = byte()
                        field.append(34)
                    } else {
                        inQuotes = false
                    }
                } else {
                    if b == 10 { nextLine += 1 }
                    field.append(b)
                }
                continue
            }
            switch b {
            case 34 where field.isEmpty && !quoted:
                inQuotes = true
                quoted = true
            case 44:
                fields.append(String(decoding: field, as: UTF8.self))
                field.removeAll(keepingCapacity: true)
                quoted = false
            case 13 where peek() == 10:
                continue
            case 10:
                nextLine += 1
                fields.append(String(decoding: field, as: UTF8.self))
                return fields
            default:
                field.append(b)
            }
        }
    }

    /// Reads the header, then every record as a dictionary-free row accessor.
    static func table(path: String) throws -> CSVTable {
        let reader = try CSVReader(path: path)
        guard let header = try reader.next() else { throw DataGenError("\(path): empty file") }
        var rows: [CSVRow] = []
        while let fields = try reader.next() {
            if fields.count == 1 && fields[0].isEmpty { continue }
            guard fields.count == header.count else {
                throw DataGenError("\(path):\(reader.line): \(fields.count) fields, header has \(header.count)")
            }
            rows.append(CSVRow(line: reader.line, fields: fields))
        }
        return CSVTable(path: path, header: header, rows: rows)
    }
}

struct CSVRow {
    var line: Int
    var fields: [String]
}

struct CSVTable {
    var path: String
    var header: [String]
    var rows: [CSVRow]

    /// Column index by name (throws when the column is missing).
    func column(_ name: String) throws -> Int {
        guard let index = header.firstIndex(of: name) else { throw DataGenError("\(path): no column \(name)") }
        return index
    }
}
