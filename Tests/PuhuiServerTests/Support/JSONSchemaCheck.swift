import Foundation
import Testing

/// Validates JSON instances against JSON schema files with Python's `jsonschema` (the test
/// virtual environment `.build-venv`, made by `.ci/run`; or `PUHUI_TEST_PYTHON`). One process
/// for a whole batch. The tests that need it run when the validator (and, for HSDS, the schemas
/// in `../shared`) are there — CI makes both — and are reported as skipped by name when not, so a
/// clone of the repository alone still passes `swift test`.
enum JSONSchemaCheck {
    /// Whether the validator's Python with its packages is there (`.ci/run` makes `.build-venv`).
    static var validatorAvailable: Bool { FileManager.default.isExecutableFile(atPath: python) }

    /// Whether the HSDS 3.0 schemas are beside this clone (`../shared/reference/hsds-3.0`).
    static var hsdsSchemasAvailable: Bool {
        FileManager.default.fileExists(atPath: hsdsSchemas.appendingPathComponent("service.json").path)
    }

    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
            .deletingLastPathComponent()
    }

    static var hsdsSchemas: URL {
        packageRoot.deletingLastPathComponent().appendingPathComponent("shared/reference/hsds-3.0/schema/compiled")
    }

    static var python: String {
        ProcessInfo.processInfo.environment["PUHUI_TEST_PYTHON"]
            ?? packageRoot.appendingPathComponent(".build-venv/bin/python3").path
    }

    /// (name, schema file, instance) → the validator's report; fails the test on any error.
    static func validate(
        _ cases: [(name: String, schema: URL, instance: Any)], sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let payload = cases.map {
            ["name": $0.name, "schema": $0.schema.path, "instance": $0.instance] as [String: Any]
        }
        let (status, report) = try runScript(
            "validate_json.py", input: try JSONSerialization.data(withJSONObject: payload))
        #expect(status == 0, "\(report)", sourceLocation: sourceLocation)
        #expect(
            report.contains("\(cases.count) instances checked, 0 errors"), "\(report)", sourceLocation: sourceLocation)
    }

    /// Validates an OpenAPI document with openapi-spec-validator; fails the test if invalid.
    static func validateOpenAPI(_ document: Data, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let report = try runScript("validate_openapi.py", input: document)
        #expect(report.status == 0, "\(report.output)", sourceLocation: sourceLocation)
        #expect(report.output.contains("valid OpenAPI document"), "\(report.output)", sourceLocation: sourceLocation)
    }

    static func runScript(_ name: String, input: Data) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = [packageRoot.appendingPathComponent("Tests/PuhuiServerTests/Support/\(name)").path]
        let stdin = Pipe()
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("script-\(UUID().uuidString).txt")
        _ = FileManager.default.createFile(atPath: output.path, contents: nil)
        let out = try FileHandle(forWritingTo: output)
        defer { try? FileManager.default.removeItem(at: output) }
        process.standardInput = stdin
        process.standardOutput = out
        process.standardError = out
        try process.run()
        try stdin.fileHandleForWriting.write(contentsOf: input)
        try stdin.fileHandleForWriting.close()
        process.waitUntilExit()
        try out.close()
        return (process.terminationStatus, try String(contentsOf: output, encoding: .utf8))
    }
}
