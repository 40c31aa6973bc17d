import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Standard output and standard error, written as UTF-8 without buffering surprises. Where they
/// go is `Console.streams`, a task-local: the process's own streams, or — when a test runs a
/// command in-process (`Puhui.run(_:streams:)`) — a `CapturedStreams` that keeps what was written.
enum Console {
    @TaskLocal static var streams: any ConsoleStreams = StandardStreams()

    static func out(_ text: String, terminator: String = "\n") {
        streams.writeOut(Data((text + terminator).utf8))
    }

    static func err(_ text: String) {
        streams.writeErr(Data((text + "\n").utf8))
    }

    /// Bytes to standard output as they are (a PNG, a workbook, a chunk of an export).
    static func outBytes(_ data: Data) throws {
        try streams.writeOutChecked(data)
    }

    /// Whether standard output is a terminal (a workbook is not written to one).
    static var outIsTerminal: Bool { streams.outIsTerminal }
}

/// Where `Console` writes.
protocol ConsoleStreams: Sendable {
    func writeOut(_ data: Data)
    /// As `writeOut`, but a failure (a closed pipe) is thrown, for long output.
    func writeOutChecked(_ data: Data) throws
    func writeErr(_ data: Data)
    var outIsTerminal: Bool { get }
}

/// The process's standard output and standard error.
struct StandardStreams: ConsoleStreams {
    func writeOut(_ data: Data) {
        FileHandle.standardOutput.write(data)
    }

    func writeOutChecked(_ data: Data) throws {
        try FileHandle.standardOutput.write(contentsOf: data)
    }

    func writeErr(_ data: Data) {
        FileHandle.standardError.write(data)
    }

    var outIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }
}

/// What a command run in-process wrote, kept in memory: the injectable sink of the in-process
/// command tests. Never a terminal.
final class CapturedStreams: ConsoleStreams, @unchecked Sendable {
    // @unchecked: both buffers are read and written only while `lock` is held.
    private let lock = NSLock()
    private var outData = Data()
    private var errData = Data()

    init() {}

    func writeOut(_ data: Data) {
        lock.withLock { outData.append(data) }
    }

    func writeOutChecked(_ data: Data) throws {
        writeOut(data)
    }

    func writeErr(_ data: Data) {
        lock.withLock { errData.append(data) }
    }

    var outIsTerminal: Bool { false }

    /// Standard output's bytes so far.
    var outBytes: Data { lock.withLock { outData } }

    /// Standard output so far, as text.
    var out: String { String(decoding: outBytes, as: UTF8.self) }

    /// Standard error so far, as text.
    var err: String { String(decoding: lock.withLock { errData }, as: UTF8.self) }
}
