import ArgumentParser
import Registry

/// `--quiet`, for the commands that show progress on a terminal (`ProgressReporter`).
struct ProgressOptions: ParsableArguments {
    @Flag(name: .long, help: "Show no progress on the terminal (it is shown only when stderr is one).")
    var quiet = false

    /// The reporter for this run, or nil (quiet, or stderr is not a terminal).
    func reporter(_ lang: Language) -> ProgressReporter? {
        ProgressReporter.forTerminal(quiet: quiet, language: lang)
    }
}
