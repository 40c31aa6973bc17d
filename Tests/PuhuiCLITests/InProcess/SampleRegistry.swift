import Foundation

/// One sample registry (`puhui init --sample`) made once per test run and shared by the
/// in-process tests that only read it (reads open the file read-only). A test that writes makes
/// its own in a `ScratchFolder`.
enum SampleRegistry {
    /// The sample registry is shaped around this day (Seed/sample/README.md).
    static let asOf = "2026-11-29"

    private static let made = Task<String, any Error> {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "puhui-inprocess-sample-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("sample.sqlite").path
        let result = await InProcessPuhui.run(["init", "--db", path, "--sample", "--lang", "en"])
        guard result.status == 0 else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: result.stderr])
        }
        return path
    }

    /// The registry's path (made on first use).
    static func path() async throws -> String {
        try await made.value
    }
}
