import Foundation

/// A folder of its own for an in-process command test, removed at the end. In-process commands
/// share the test process's working directory and HOME, so every path they are given is
/// absolute (`path(_:)`) and nothing relies on a default location.
final class ScratchFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("puhui-inprocess-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }

    func path(_ name: String) -> String {
        url.appendingPathComponent(name).path
    }

    func write(_ name: String, _ text: String) throws {
        try text.write(to: url.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }
}

extension ScratchFolder {
    /// Runs `puhui ARGUMENTS…` in-process, in English unless the arguments choose a language
    /// (as the end-to-end tests' `LANG=C` does), whatever the test process's own locale.
    func run(_ arguments: [String]) async -> InProcessPuhui.Result {
        let chosen = arguments.contains { $0 == "--lang" || $0.hasPrefix("--lang=") || $0 == "--help" }
        return await InProcessPuhui.run(arguments + (chosen ? [] : ["--lang", "en"]))
    }
}
