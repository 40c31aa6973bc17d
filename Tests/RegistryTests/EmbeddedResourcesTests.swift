import Foundation
import PuhuiResources
import Testing

@Suite("Embedded Schema/ and Seed/")
struct EmbeddedResourcesTests {
    /// The binary must carry exactly the migrations in Schema/, so it works from any directory.
    /// Each store's folder: SQLite's `Schema/`, PostgreSQL's `Schema/postgresql/`.
    @Test(arguments: ["Schema", "Schema/postgresql"])
    func schemaMatchesTheFolder(folder: String) throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let onDisk = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(folder).path)
            .filter { $0.hasSuffix(".sql") }.sorted().map { folder + "/" + $0 }
        #expect(!onDisk.isEmpty)
        let depth = folder.split(separator: "/").count + 1
        let embedded = Resources.paths(under: folder).filter {
            $0.hasSuffix(".sql") && $0.split(separator: "/").count == depth
        }
        #expect(embedded == onDisk)
        for path in onDisk {
            let text = try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
            #expect(Resources.text(path) == text)
        }
    }
}
