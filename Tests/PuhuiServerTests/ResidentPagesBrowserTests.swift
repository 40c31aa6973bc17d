import Foundation
import Testing

/// The residents' pages in a real browser (`Support/resident_pages_browser.py`): headless
/// Chromium through Selenium at 390 px, both languages, JavaScript on and off, axe-core on every
/// page, the printed QR code read back by zbarimg and opened. Needs the test venv with selenium
/// and axe-selenium-python, Debian's chromium and chromium-driver, and zbar-tools — `.ci/run`
/// installs them all; without them the test is reported as skipped by name. Screenshots go to
/// `$PUHUI_SCREENSHOTS` when set (`PUHUI_SCREENSHOTS=docs/screenshots swift test --filter Browser`
/// refreshes the committed ones), else to a scratch folder.
@Suite("puhui serve: residents' pages in a browser")
struct ResidentPagesBrowserTests {
    static let tools = ["/usr/bin/chromium", "/usr/bin/chromedriver", "/usr/bin/zbarimg"]

    static let available: Bool = {
        guard JSONSchemaCheck.validatorAvailable, tools.allSatisfy(FileManager.default.isExecutableFile(atPath:)) else {
            return false
        }
        let probe = Process()
        probe.executableURL = URL(fileURLWithPath: JSONSchemaCheck.python)
        probe.arguments = ["-c", "import selenium, axe_selenium_python"]
        probe.standardOutput = FileHandle.nullDevice
        probe.standardError = FileHandle.nullDevice
        guard (try? probe.run()) != nil else { return false }
        probe.waitUntilExit()
        return probe.terminationStatus == 0
    }()

    @Test(
        .enabled(
            if: available,
            "needs .build-venv with selenium and axe-selenium-python, chromium, chromium-driver, zbar-tools (.ci/run installs them)"
        ))
    func searchOutletAndBadgeCheckInChromiumInBothLanguages() throws {
        let folder =
            ProcessInfo.processInfo.environment["PUHUI_SCREENSHOTS"].map { path in
                path.hasPrefix("/")
                    ? URL(fileURLWithPath: path) : JSONSchemaCheck.packageRoot.appendingPathComponent(path)
            } ?? FileManager.default.temporaryDirectory.appendingPathComponent("puhui-screens-\(UUID().uuidString)")
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("browser-\(UUID().uuidString).txt")
        _ = FileManager.default.createFile(atPath: output.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: output) }
        let handle = try FileHandle(forWritingTo: output)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: JSONSchemaCheck.python)
        process.arguments = [
            JSONSchemaCheck.packageRoot.appendingPathComponent(
                "Tests/PuhuiServerTests/Support/resident_pages_browser.py"
            ).path,
            PuhuiBinary.executable.path, folder.path,
        ]
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        process.waitUntilExit()
        try handle.close()
        let report = try String(contentsOf: output, encoding: .utf8)
        #expect(process.terminationStatus == 0, "\(report)")
        #expect(report.contains(" passed, 0 failed"), "\(report)")
        #expect(!report.contains("FAILED"), "\(report)")
    }
}
