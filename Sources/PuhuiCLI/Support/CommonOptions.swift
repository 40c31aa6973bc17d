import ArgumentParser
import Registry

/// Options every command takes: where the registry is and which language to speak.
struct CommonOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The registry file (else $PUHUI_DB, else the per-user data directory).", valueName: "path"))
    var db: String?

    @Option(name: .long, help: ArgumentHelp("Language of the tool's words: zh or en (else from LC_ALL/LANG).", valueName: "zh|en"))
    var lang: Language?

    var language: Language { Language.resolve(lang) }

    var location: RegistryLocation { RegistryLocation.resolve(option: db) }
}

/// An as-of date option: explicit, or today in China Standard Time — read once, at the edge.
struct AsOfOption: ParsableArguments {
    @Option(name: .customLong("as-of"), help: ArgumentHelp("The day the answer is for, YYYY-MM-DD (default: today, China time).", valueName: "date"))
    var asOfText: String?

    func resolve() throws -> LocalDate {
        guard let asOfText else { return LocalDate.today(at: .now) }
        do {
            return try LocalDate(parsing: asOfText.trimmingCharacters(in: .whitespaces))
        } catch {
            throw CLIError.usage("--as-of \(asOfText)：不是有效日期，请写成 YYYY-MM-DD，例如 2026-11-29。",
                                 "--as-of \(asOfText): \(error.description); write YYYY-MM-DD, e.g. 2026-11-29.")
        }
    }
}
