import Foundation

/// Where long output goes: standard output or a file, written in chunks as they come (an
/// export of a million outlets is never held whole in memory). A file is written beside its
/// final name and moved into place on `close`, so a failed export leaves no half file.
final class OutputSink {
    /// The file being written, or nil for standard output (`Console`).
    private let handle: FileHandle?
    private let finalPath: String?
    private let temporaryPath: String?

    init(path: String?) throws {
        guard let path else {
            handle = nil
            finalPath = nil
            temporaryPath = nil
            return
        }
        let temporary = path + ".partial"
        guard FileManager.default.createFile(atPath: temporary, contents: nil),
            let handle = FileHandle(forWritingAtPath: temporary)
        else { throw CLIError.writing(path, "cannot create the file") }
        self.handle = handle
        finalPath = path
        temporaryPath = temporary
    }

    func write(_ text: String) throws {
        do {
            if let handle {
                try handle.write(contentsOf: Data(text.utf8))
            } else {
                try Console.outBytes(Data(text.utf8))
            }
        } catch {
            throw CLIError.cannotWrite(finalPath ?? "stdout", error.localizedDescription)
        }
    }

    func close() throws {
        guard let handle, let finalPath, let temporaryPath else { return }
        do {
            try handle.close()
            if FileManager.default.fileExists(atPath: finalPath) {
                try FileManager.default.removeItem(atPath: finalPath)
            }
            try FileManager.default.moveItem(atPath: temporaryPath, toPath: finalPath)
        } catch {
            throw CLIError.cannotWrite(finalPath, error.localizedDescription)
        }
    }

    deinit {
        if let temporaryPath, FileManager.default.fileExists(atPath: temporaryPath) {
            try? FileManager.default.removeItem(atPath: temporaryPath)
        }
    }
}
