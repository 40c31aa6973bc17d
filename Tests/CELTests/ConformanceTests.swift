import CEL
import Foundation
import Testing

/// Runs the cel-spec conformance cases shipped in ../shared/conformance/cel and fails on
/// any failure not listed (with its reason) in known-failures.txt.
struct ConformanceTests {
    static let testsDir = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let suiteRoot = testsDir.appendingPathComponent("../../../shared/conformance/cel").standardized

    static func knownFailures() -> Set<String> {
        let url = testsDir.appendingPathComponent("known-failures.txt")
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        var out: Set<String> = []
        for line in text.split(whereSeparator: \.isNewline) where !line.hasPrefix("#") {
            if let key = line.split(separator: " ", maxSplits: 1).first { out.insert(String(key)) }
        }
        return out
    }

    /// The shared suite sits beside the repository (CI lays `../shared` next to the clone); a
    /// clone on its own does not have it. Then these two tests are skipped, by name and with
    /// this reason in the test output, and `OwnCasesTests` still exercises the engine.
    static func available(_ folder: String) -> Bool {
        FileManager.default.fileExists(atPath: suiteRoot.appendingPathComponent(folder).path)
    }

    func run(_ folder: String) {
        let dir = Self.suiteRoot.appendingPathComponent(folder).path
        let known = Self.knownFailures()
        let results = Conformance.run(directory: dir)
        #expect(!results.isEmpty, "no case files found in \(dir)")
        var passed = 0
        var failing: Set<String> = []
        for r in results {
            passed += r.passed
            for f in r.failures {
                failing.insert(f.key)
                if !known.contains(f.key) { Issue.record("\(f)") }
            }
        }
        #expect(passed > 0)
        // Keep the list honest: an entry for a file of this folder that now passes is stale.
        let files = Set(results.map(\.file))
        for key in known where files.contains(String(key.split(separator: "/").first ?? "")) && !failing.contains(key) {
            Issue.record("known failure now passes; remove it from known-failures.txt: \(key)")
        }
    }

    @Test(.enabled(if: available("core"), "../shared/conformance/cel/core is not beside this clone (CI lays it there)"))
    func core() { run("core") }

    @Test(
        .enabled(
            if: available("extensions"),
            "../shared/conformance/cel/extensions is not beside this clone (CI lays it there)"))
    func extensions() { run("extensions") }
}
