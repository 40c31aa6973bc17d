import Foundation
import PuhuiResources
import Testing

@Suite("Embedded Schema/ and Seed/")
struct EmbeddedResourcesTests {
    /// The binary must carry exactly the migrations in Schema/, so it works from any directory.
    @Test func schemaMatchesTheFolder() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let onDisk = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("Schema").path)
            .filter { $0.hasSuffix(".sql") }.sorted().map { "Schema/" + $0 }
        #expect(!onDisk.isEmpty)
        #expect(Resources.paths(under: "Schema").filter { $0.hasSuffix(".sql") } == onDisk)
        for path in onDisk {
            let text = try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
            #expect(Resources.text(path) == text)
        }
    }
}
