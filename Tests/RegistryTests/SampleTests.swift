import Foundation
import PuhuiResources
import Testing

@testable import Registry

/// The embedded reference data and synthetic sample registry (Seed/), through the real importers.
@Suite("Embedded sample registry")
struct SampleTests {
    @Test func sampleLoadsVerifiesAndExportsBackUnchanged() throws {
        try #require(RegistryDatabase.sampleIsEmbedded)
        let db = try RegistryDatabase.inMemory(clock: Fixtures.clock)
        #expect(try db.outlets.counts().divisions == 9)
        #expect(try db.outlets.cityBounds() != nil)
        let summaries = try db.initialise(sample: true)
        #expect(summaries.map(\.table) == [.operators, .outlets, .prices])
        #expect(try db.outlets.holdsSyntheticSample())
        let counts = try db.outlets.counts()
        #expect(counts.operators >= 40)
        #expect(counts.outlets >= 400)
        #expect(try db.audit.verifyAuditLog().isIntact)
        // The sample files are written as export writes them.
        for (table, path) in RegistryDatabase.samplePaths {
            #expect(try db.exports.exportText(table, format: .csv) == Resources.text(path), "\(path)")
        }
    }
}
