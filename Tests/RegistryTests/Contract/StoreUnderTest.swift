import Foundation
import Registry
import Testing

/// A store the contract suite runs against: a name for the test report and how to make an empty
/// registry that reads the time from a given clock. The suite loads the fixtures through the boundary
/// itself (`StoreContract.load`), so a second store (PostgreSQL) joins by adding one entry to
/// `StoreUnderTest.all` and runs every contract test unchanged.
struct StoreUnderTest: Sendable, CustomTestStringConvertible {
    let name: String
    let make: @Sendable (_ clock: RegistryClock) async throws -> any RegistryStore

    var testDescription: String { name }

    /// SQLite in memory, with the fixtures' reference data.
    static let sqlite = StoreUnderTest(name: "SQLite") { clock in
        try RegistryDatabase.inMemory(clock: clock, reference: Fixtures.reference)
    }

    /// Every store the contract runs on here.
    static let all: [StoreUnderTest] = [.sqlite]
}
