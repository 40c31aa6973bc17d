import Foundation
import ZIPFoundation

/// The zip archive behind a workbook, read part by part with every part's inflated size
/// counted as it comes (`WorkbookLimits`), whatever its header claims.
final class WorkbookArchive {
    let file: String
    private let archive: Archive

    /// Opens `path`; `file` is the name problems use.
    init(path: String, file: String) throws(WorkbookError) {
        self.file = file
        do {
            archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        } catch {
            throw .notAWorkbook(file: file, legacy: Self.isCompoundFile(path: path))
        }
    }

    func contains(_ part: String) -> Bool { archive[part] != nil }

    /// A part's bytes, in memory; nil when the archive has no such part.
    func data(_ part: String, limit: Int) throws(WorkbookError) -> Data? {
        guard let entry = archive[part] else { return nil }
        guard entry.uncompressedSize <= UInt64(limit) else { throw .partTooLarge(file: file, part: part, limit: limit) }
        var data = Data()
        try extract(entry, part: part, limit: limit) { data.append($0) }
        return data
    }

    /// A part written to `url` as it is inflated (a sheet may be large: it is never held whole),
    /// each chunk also shown to `inspect`. Returns false when there is no such part.
    func write(_ part: String, to url: URL, limit: Int, inspect: (Data) -> Void) throws(WorkbookError) -> Bool {
        guard let entry = archive[part] else { return false }
        guard entry.uncompressedSize <= UInt64(limit) else { throw .partTooLarge(file: file, part: part, limit: limit) }
        guard FileManager.default.createFile(atPath: url.path, contents: nil),
            let handle = try? FileHandle(forWritingTo: url)
        else { throw .cannotWrite(path: url.path, reason: "temporary file") }
        defer { try? handle.close() }
        var failure: WorkbookError?
        try extract(entry, part: part, limit: limit) { chunk in
            inspect(chunk)
            do { try handle.write(contentsOf: chunk) } catch {
                failure = .cannotWrite(path: url.path, reason: "\(error)")
            }
        }
        if let failure { throw failure }
        return true
    }

    /// The paths of every part (for the workbook's own index when its relationships are unusual).
    var parts: [String] { archive.map(\.path) }

    private func extract(_ entry: Entry, part: String, limit: Int, consume: (Data) -> Void) throws(WorkbookError) {
        var total = 0
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                total += chunk.count
                guard total <= limit else { throw WorkbookError.partTooLarge(file: file, part: part, limit: limit) }
                consume(chunk)
            }
        } catch let error as WorkbookError {
            throw error
        } catch {
            throw .damaged(file: file, part: part)
        }
    }

    /// Whether the file starts as an OLE compound file (`D0 CF 11 E0 A1 B1 1A E1`): a binary
    /// `.xls`, or an encrypted `.xlsx`.
    private static func isCompoundFile(path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 8)) ?? Data()
        return head == Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])
    }
}
