import ArgumentParser
import Registry

/// The day a recorded act happened (`--on YYYY-MM-DD`): required, never a hidden "today", since
/// it dates a legal record (a pledge's signature, a breach, a review, an inspection).
struct OnDateOption: ParsableArguments {
    @Option(name: .customLong("on"), help: ArgumentHelp("The day it happened, YYYY-MM-DD.", valueName: "date"))
    var onText: String

    func resolve() throws -> LocalDate {
        do {
            return try LocalDate(parsing: onText.trimmingCharacters(in: .whitespaces))
        } catch {
            throw CLIError.usage(
                "--on \(onText)：不是有效日期，请写成 YYYY-MM-DD，例如 2026-12-01。",
                "--on \(onText): \(error.description); write YYYY-MM-DD, e.g. 2026-12-01.")
        }
    }
}
