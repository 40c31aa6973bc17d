import Crypto
import Foundation
import Workbook

/// A file given to import, read once and known by its content: a zip archive is a workbook
/// (`.xlsx`); an OLE compound file is an old `.xls` or an encrypted workbook, refused with its
/// own words; anything else is CSV text in the encoding asked for (or detected). Missing files,
/// folders and files over `ImportLimits.maximumFileBytes` are refused before a byte is read.
struct ImportFile {
    let path: String
    /// The last path component: what problems name.
    let fileName: String
    let options: ImportOptions
    private let bytes: [UInt8]
    /// For CSV read in an encoding that was detected, not given.
    private(set) var readAs: CSVEncoding?

    init(path: String, options: ImportOptions) throws {
        self.path = path
        self.options = options
        fileName = (path as NSString).lastPathComponent
        bytes = try Self.read(path)
    }

    /// Whether the file is a zip archive (`PK\3\4`, or `PK\5\6` for an empty one).
    var isZip: Bool { bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) || bytes.starts(with: [0x50, 0x4B, 0x05, 0x06]) }
    var isCompoundFile: Bool { bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) }
    var hasWorkbookExtension: Bool {
        ["xlsx", "xlsm", "xls", "et"].contains((fileName as NSString).pathExtension.lowercased())
    }

    /// The records to import.
    mutating func source() throws -> any ImportRecordSource {
        let sha256 = SHA256.hash(data: bytes).hexString
        if isZip {
            return try SheetRecordSource(path: path, fileName: fileName, sheet: options.sheet, sha256: sha256)
        }
        if isCompoundFile || hasWorkbookExtension {
            throw WorkbookError.notAWorkbook(file: fileName, legacy: isCompoundFile)
        }
        if let sheet = options.sheet {
            throw RegistryError.invalidValue(
                what: LocalizedText(zh: "--sheet", en: "--sheet"), value: sheet,
                reason: LocalizedText(
                    zh: "\(fileName) 是 CSV 文件，没有工作表；--sheet 只用于 .xlsx 工作簿",
                    en: "\(fileName) is a CSV file, which has no sheets; --sheet is for .xlsx workbooks"))
        }
        let decoded = try CSVEncoding.decode(bytes, as: options.encoding, file: fileName)
        if options.encoding == .automatic, decoded.readAs != .utf8 { readAs = decoded.readAs }
        return CSVRecordSource(fileName: fileName, bytes: decoded.bytes, originalSHA256: sha256)
    }

    private static func read(_ path: String) throws -> [UInt8] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw RegistryError.importFileUnusable(path: path, problem: .missing)
        }
        if isDirectory.boolValue { throw RegistryError.importFileUnusable(path: path, problem: .directory) }
        // The size is checked before a byte is read (ImportLimits).
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        if size > ImportLimits.maximumFileBytes {
            throw RegistryError.importFileUnusable(path: path, problem: .tooLarge(size))
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw RegistryError.importFileUnusable(path: path, problem: .unreadable)
        }
        defer { try? handle.close() }
        let data: Data
        do {
            data = try handle.read(upToCount: ImportLimits.maximumFileBytes + 1) ?? Data()
        } catch {
            throw RegistryError.importFileUnusable(path: path, problem: .unreadable)
        }
        if data.count > ImportLimits.maximumFileBytes {
            throw RegistryError.importFileUnusable(path: path, problem: .tooLarge(data.count))
        }
        return [UInt8](data)
    }
}
