import Foundation

/// Runs the built `puhui` binary as a user would: in a scratch directory, with its own HOME, so
/// nothing the machine already holds (a registry, PUHUI_DB, the locale) changes the outcome.
struct PuhuiProcess {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// A scratch directory used as HOME and working directory; removed by `cleanUp()`.
    let home: URL

    init() throws {
        home = FileManager.default.temporaryDirectory.appendingPathComponent("puhui-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
    }

    /// The `puhui` executable beside the test bundle (both live in the build products folder).
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

    func path(_ name: String) -> String {
        home.appendingPathComponent(name).path
    }

    func write(_ name: String, _ text: String) throws {
        try text.write(to: home.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }

    func read(_ name: String) throws -> String {
        try String(contentsOf: home.appendingPathComponent(name), encoding: .utf8)
    }

    @discardableResult
    func run(
        _ arguments: [String], environment extra: [String: String] = [:], executable: URL? = nil, prefix: [String] = []
    ) throws -> Result {
        let process = Process()
        process.executableURL = executable ?? Self.executable
        process.arguments = prefix + arguments
        process.currentDirectoryURL = home
        var environment = ["HOME": home.path, "PATH": "/usr/bin:/bin", "LANG": "C"]
        environment.merge(extra) { $1 }
        process.environment = environment
        // Output goes to files, not pipes: a long stderr (an import's problem list) can never
        // block the child while the test waits on stdout.
        let outURL = home.appendingPathComponent(".stdout-\(UUID().uuidString)")
        let errURL = home.appendingPathComponent(".stderr-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL)
        let err = try FileHandle(forWritingTo: errURL)
        process.standardOutput = out
        process.standardError = err
        try process.run()
        process.waitUntilExit()
        try out.close()
        try err.close()
        defer {
            try? FileManager.default.removeItem(at: outURL)
            try? FileManager.default.removeItem(at: errURL)
        }
        return Result(
            status: process.terminationStatus, stdout: try String(contentsOf: outURL, encoding: .utf8),
            stderr: try String(contentsOf: errURL, encoding: .utf8))
    }

    func cleanUp() {
        try? FileManager.default.removeItem(at: home)
    }
}
