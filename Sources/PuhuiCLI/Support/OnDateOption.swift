import ArgumentParser
import Foundation
import Registry

/// The day a recorded act happened or a step takes effect: `--on DATE`, or today in China
/// Standard Time — read once, at the edge. The registry refuses a day after today.
struct OnDateOption: ParsableArguments {
    @Option(name: .customLong("on"), help: ArgumentHelp("The day it happened or takes effect, YYYY-MM-DD (default: today, China time; not in the future).", valueName: "date"))
    var onText: String?

    func resolve() throws -> LocalDate {
        guard let onText else { return LocalDate.today(at: .now) }
        do {
            return try LocalDate(parsing: onText.trimmingCharacters(in: .whitespaces))
        } catch {
            throw CLIError.usage("--on \(onText)：不是有效日期，请写成 YYYY-MM-DD，例如 2026-11-29。",
                                 "--on \(onText): \(error.description); write YYYY-MM-DD, e.g. 2026-11-29.")
        }
    }
}
