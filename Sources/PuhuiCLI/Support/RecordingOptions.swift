import ArgumentParser
import PuhuiOutput
import Registry

/// What every command that records an act takes — the day it happened (`--on`), the output
/// format, the registry and language, the officer and reason — and how it opens the registry
/// for the write and prints the record.
struct RecordingOptions: ParsableArguments {
    @OptionGroup var day: OnDateOption

    @Option(help: ArgumentHelp("Output: table or json.", valueName: "format"))
    var format: RecordFormat = .table

    @OptionGroup var officer: OfficerOptions
    @OptionGroup var common: CommonOptions

    var lang: Language { common.language }

    /// Resolves the day, opens the registry for writing and checks the officer (before anything
    /// is written or printed), then runs `body` with the registry, the officer and the day.
    /// Errors become messages and exit codes (`CommandRunner`).
    func run(
        _ body: (_ registry: any RegistryStore, _ officer: String, _ day: LocalDate) async throws -> Void
    ) async throws {
        try await CommandRunner.run(lang) {
            let on = day.resolve()
            let registry = try RegistrySession(common).openForWriting()
            let who = try await officer.writer(for: registry, lang)
            try await body(registry, who, on)
        }
    }

    /// Prints what was recorded: `value` as JSON, or `text` for people.
    func output<Value: Encodable>(_ value: Value, text: () -> String) throws {
        switch format {
        case .json: Console.out(try JSONOutput.encode(value, snakeCase: true))
        case .table: Console.out(text())
        }
    }
}
