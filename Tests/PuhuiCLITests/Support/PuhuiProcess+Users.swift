import Foundation

extension PuhuiProcess {
    /// Whether this process is root: root ignores file modes, so a test of a user without
    /// write permission runs `puhui` as nobody through `setpriv` (TECH-NOTES).
    static var isRoot: Bool { getuid() == 0 }

    /// `setpriv`, which runs a command as another user.
    static let setpriv: URL? = ["/usr/bin/setpriv", "/bin/setpriv"].map(URL.init(fileURLWithPath:))
        .first { FileManager.default.isExecutableFile(atPath: $0.path) }

    /// Runs `puhui` as a user without write permission: as nobody (uid 65534, who may not
    /// write the scratch directory or its files) when this process is root, else as this user
    /// after the files in the scratch directory lost their write bits (restored afterwards).
    func runWithoutWritePermission(_ arguments: [String]) throws -> Result {
        if Self.isRoot, let setpriv = Self.setpriv {
            return try run(
                arguments, executable: setpriv,
                prefix: ["--reuid=65534", "--regid=65534", "--clear-groups", Self.executable.path])
        }
        // Not root: the files lose their write bits (the directory keeps them, for the output files).
        let manager = FileManager.default
        let items = try manager.contentsOfDirectory(atPath: home.path).filter { !$0.hasPrefix(".") }.map { path($0) }
        for item in items { try manager.setAttributes([.posixPermissions: 0o444], ofItemAtPath: item) }
        defer { for item in items { try? manager.setAttributes([.posixPermissions: 0o644], ofItemAtPath: item) } }
        return try run(arguments)
    }

    /// Starts `puhui` without waiting for it; its stderr goes to the returned file.
    func start(_ arguments: [String]) throws -> (process: Process, stderr: URL, stdout: URL) {
        let process = Process()
        process.executableURL = Self.executable
        process.arguments = arguments
        process.currentDirectoryURL = home
        process.environment = ["HOME": home.path, "PATH": "/usr/bin:/bin", "LANG": "C"]
        let outURL = home.appendingPathComponent(".bg-stdout-\(UUID().uuidString)")
        let errURL = home.appendingPathComponent(".bg-stderr-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: outURL)
        process.standardError = try FileHandle(forWritingTo: errURL)
        try process.run()
        return (process, errURL, outURL)
    }

    /// A file's bytes (tests compare them before and after).
    func bytes(_ name: String) -> Data? {
        FileManager.default.contents(atPath: path(name))
    }
}

/// An `sqlite3` shell that holds the registry's write lock (`BEGIN IMMEDIATE`) until told to
/// commit: another writer meets a write in progress for as long as the test wants.
final class WriteLockHolder {
    let process = Process()
    private let input = Pipe()
    private let output = Pipe()

    /// Starts the shell on `path` and returns once it holds the lock.
    init(sqlite3: URL, path: String) throws {
        process.executableURL = sqlite3
        process.arguments = [path]
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(Data("BEGIN IMMEDIATE;\n.print locked\n".utf8))
        var seen = Data()
        while !String(decoding: seen, as: UTF8.self).contains("locked") {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { throw CocoaError(.fileReadUnknown) }
            seen.append(chunk)
        }
    }

    /// Ends the transaction (nothing was changed in it) and the shell.
    func release() {
        input.fileHandleForWriting.write(Data("COMMIT;\n.quit\n".utf8))
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
    }
}

extension PuhuiProcess {
    /// The registry's whole content as SQL text (`sqlite3 FILE .dump`), to compare before and
    /// after a refused command: the same text means nothing was changed. Nil without sqlite3.
    func dump(_ name: String) throws -> String? {
        guard let sqlite3 = AuditEndToEndTests.sqlite3 else { return nil }
        let process = Process()
        process.executableURL = sqlite3
        process.arguments = ["-readonly", path(name), ".dump"]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
