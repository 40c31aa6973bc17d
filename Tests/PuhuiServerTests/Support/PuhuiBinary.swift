import Foundation

/// The built `puhui` executable (beside the test bundle), run with a scratch HOME so the JSON the
/// service answers can be compared with what the CLI prints, byte for byte.
struct PuhuiBinary {
    let home: URL

    init() throws {
        home = FileManager.default.temporaryDirectory.appendingPathComponent("puhui-serve-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
    }

    static var executable: URL {
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = directory.appendingPathComponent("puhui")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            directory = directory.deletingLastPathComponent()
        }
        return URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent(
            "puhui")
    }

    func path(_ name: String) -> String { home.appendingPathComponent(name).path }

    /// Runs `puhui ARGS`; returns the exit status and stdout (stderr goes to a file).
    @discardableResult
    func run(_ arguments: [String]) throws -> (status: Int32, stdout: String) {
        let process = Process()
        process.executableURL = Self.executable
        process.arguments = arguments
        process.currentDirectoryURL = home
        process.environment = ["HOME": home.path, "PATH": "/usr/bin:/bin", "LANG": "C"]
        let outURL = home.appendingPathComponent(".out-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL)
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try out.close()
        defer { try? FileManager.default.removeItem(at: outURL) }
        return (process.terminationStatus, try String(contentsOf: outURL, encoding: .utf8))
    }

    func cleanUp() {
        try? FileManager.default.removeItem(at: home)
    }
}
