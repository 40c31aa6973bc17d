import ArgumentParser
import Foundation
import Registry

/// The day a recorded act happened or a step takes effect: `--on DATE`, or today in China
/// Standard Time — read once, at the edge. The registry refuses a day after today.
struct OnDateOption: ParsableArguments {
    @Option(
        name: .customLong("on"),
        help: ArgumentHelp(
            "The day it happened or takes effect, YYYY-MM-DD (default: today, China time; not in the future).",
            valueName: "date"),
        transform: LocalDate.transform)
    var day: LocalDate?

    func resolve() -> LocalDate {
        day ?? LocalDate.today(at: .now)
    }
}
