import ArgumentParser
import Foundation
import Registry

extension Puhui {
    /// `puhui`'s entry point: runs the command line and exits with its status.
    package static func main() async {
        let status = await run(Array(CommandLine.arguments.dropFirst()))
        Foundation.exit(status)
    }

    /// Parses `arguments`, runs the command and returns its exit status (sysexits.h); what goes
    /// wrong, parse errors included, is said on stderr in the user's language (`ErrorReport`).
    /// The language of a parse error comes from `--lang` as typed, else the environment.
    /// With `streams` (a `CapturedStreams`), the command's output is kept instead of printed:
    /// the command tree runs in-process, as the tests run it.
    static func run(_ arguments: [String], streams: (any ConsoleStreams)? = nil) async -> Int32 {
        guard let streams else { return await run(arguments) }
        return await Console.$streams.withValue(streams) { await run(arguments) }
    }

    private static func run(_ arguments: [String]) async -> Int32 {
        let lang = Language.resolve(Language.typed(in: arguments))
        do {
            var command = try parseAsRoot(arguments)
            if var command = command as? any AsyncParsableCommand {
                try await command.run()
            } else {
                try command.run()
            }
            return 0
        } catch {
            return ErrorReport.report(error, lang)
        }
    }
}
