import ArgumentParser
import Foundation
import Registry

/// What every list of records takes — the day (`--as-of`), the output format, the registry and
/// language — and how it opens the registry for reading.
struct ListingOptions: ParsableArguments {
    @OptionGroup var asOf: AsOfOption

    @Option(help: ArgumentHelp("Output: table, json or csv.", valueName: "format"))
    var format: ListFormat = .table

    @OptionGroup var common: CommonOptions

    var lang: Language { common.language }

    /// Resolves the day and opens the registry, then runs `body` (inside the command runner:
    /// errors become messages and exit codes).
    func run(_ body: (_ registry: any RegistryStore, _ day: LocalDate) async throws -> Void) async throws {
        try await CommandRunner.run(lang) {
            let day = asOf.resolve()
            try await body(try RegistrySession(common).openForReading(), day)
        }
    }

    /// An optional outlet argument, trimmed, refused if the registry has no such outlet.
    static func outlet(_ text: String?, in registry: any RegistryStore) async throws -> String? {
        guard let wanted = text?.trimmingCharacters(in: .whitespaces) else { return nil }
        guard try await registry.outlets.outletRecord(id: wanted) != nil else {
            throw RegistryError.outletNotFound(wanted)
        }
        return wanted
    }
}
