import Foundation
import Registry

#if canImport(Glibc)
    import Glibc
#endif

/// Where a workbook goes: the file given, or — when standard output is not a terminal — a
/// temporary file copied to standard output. A workbook is binary: it is not written to a
/// terminal.
enum WorkbookOutput {
    static func write(to output: String?, _ lang: Language, _ write: (String) async throws -> Void) async throws {
        if let output {
            try await write(output)
            return
        }
        guard !Console.outIsTerminal else {
            throw CLIError.usage(
                "工作簿是二进制文件，不能显示在终端上：请加 --output 文件名.xlsx，或重定向到文件。",
                "a workbook is a binary file, not for a terminal: add --output NAME.xlsx, or redirect standard output to a file."
            )
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("puhui-out-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("out.xlsx").path
        try await write(path)
        guard let input = FileHandle(forReadingAtPath: path) else { throw CLIError.cannotRead(path, "temporary file") }
        defer { try? input.close() }
        do {
            while let chunk = try input.read(upToCount: 1 << 20), !chunk.isEmpty {
                try Console.outBytes(chunk)
            }
        } catch {
            throw CLIError.cannotWrite("stdout", error.localizedDescription)
        }
    }
}
