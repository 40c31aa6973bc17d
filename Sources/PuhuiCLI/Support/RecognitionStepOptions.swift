import ArgumentParser
import Foundation
import Registry

/// What every recognition step command takes: the registry and language, the officer and
/// reason, the day, the basis, the output format; and how it opens the registry and prints the
/// results.
struct RecognitionStepOptions: ParsableArguments {
    enum Format: String, CaseIterable, ExpressibleByArgument {
        case table, json
    }

    @Option(help: ArgumentHelp("The basis of the step (document, clause, minutes); recorded with it.", valueName: "text"))
    var basis: String = ""

    @Option(help: ArgumentHelp("Output: table or json.", valueName: "format"))
    var format: Format = .table

    @OptionGroup var day: OnDateOption
    @OptionGroup var officer: OfficerOptions
    @OptionGroup var common: CommonOptions

    /// Opens the registry for writing, checks the officer, runs the step(s) and prints them.
    func run(_ body: (RegistryDatabase, String, LocalDate) throws -> [RecognitionStepResult]) throws {
        let lang = common.language
        try CommandRunner.run(lang) {
            let on = try day.resolve()
            let registry = try RegistrySession(common).openForWriting()
            guard let who = officer.resolvedOfficer() else { throw RegistryError.officerRequired }
            try OfficerOptions.checkWriter(who, on: registry, lang)
            let results = try body(registry, who, on)
            switch format {
            case .json: Console.out(try JSONOutput.encode(results.map(RecognitionStepJSON.init), snakeCase: true))
            case .table: Console.out(RecognitionText.steps(results, lang))
            }
        }
    }
}
