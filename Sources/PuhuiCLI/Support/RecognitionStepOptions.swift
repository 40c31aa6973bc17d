import ArgumentParser
import Foundation
import PuhuiOutput
import Registry

/// What every recognition step command takes: the registry and language, the officer and
/// reason, the day, the basis, the output format; and how it opens the registry and prints the
/// results.
struct RecognitionStepOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp("The basis of the step (document, clause, minutes); recorded with it.", valueName: "text"))
    var basis: String = ""

    @OptionGroup var recording: RecordingOptions

    var officer: OfficerOptions { recording.officer }
    var common: CommonOptions { recording.common }

    /// Opens the registry for writing, checks the officer, runs the step(s) and prints them.
    func run(_ body: (any RegistryStore, String, LocalDate) async throws -> [RecognitionStepResult]) async throws {
        try await recording.run { registry, who, on in
            let results = try await body(registry, who, on)
            try recording.output(results.map(RecognitionStepJSON.init)) {
                RecognitionText.steps(results, recording.lang)
            }
        }
    }
}
