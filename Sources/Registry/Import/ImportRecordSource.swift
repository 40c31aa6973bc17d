import Crypto
import Foundation

/// Where an import's records come from — CSV text or a workbook's sheet — read as many times as
/// the import needs (once to validate, once to write), header first. Validation and the
/// all-or-nothing rule are the importers' alone: a source only lays out records.
protocol ImportRecordSource {
    /// The name problems use (`outlets.csv`, `outlets.xlsx`).
    var fileName: String { get }
    /// The sheet read, for problems positioned as `FILE:SHEET!D7`; nil for CSV (`FILE:LINE`).
    var sheet: String? { get }
    /// Lowercase hex SHA-256 of the file as given.
    var sha256: String { get }
    /// The size read (bytes): a large file gets a larger cache for its transaction.
    var byteCount: Int { get }
    /// Reads every record in order, handing each to `body` with the part of the source read
    /// so far (0…1, when known); `body`'s error ends the reading and is thrown as it is.
    func forEachRecord(_ body: (CSVRecord, Double?) throws -> Void) throws
}

/// CSV text (UTF-8 bytes) as records.
struct CSVRecordSource: ImportRecordSource {
    let fileName: String
    let bytes: [UInt8]
    let sha256: String
    var sheet: String? { nil }
    var byteCount: Int { bytes.count }

    /// `bytes` as UTF-8 text; `originalSHA256`, the file's own digest when it was converted
    /// from another encoding.
    init(fileName: String, bytes: [UInt8], originalSHA256: String? = nil) {
        self.fileName = fileName
        self.bytes = bytes
        sha256 = originalSHA256 ?? SHA256.hash(data: bytes).hexString
    }

    func forEachRecord(_ body: (CSVRecord, Double?) throws -> Void) throws {
        var reader = CSVReader(bytes: bytes)
        let total = Double(max(bytes.count, 1))
        while let record = try reader.next() {
            try body(record, Double(reader.byteOffset) / total)
        }
    }
}
