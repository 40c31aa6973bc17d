import ArgumentParser
import Foundation
import Registry

/// Options every command takes: where the registry is and which language to speak.
struct CommonOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp("The registry file (else $PUHUI_DB, else the per-user data directory).", valueName: "path"))
    var db: String?

    @Option(
        name: .long,
        help: ArgumentHelp("Language of the tool's words: zh or en (else from LC_ALL/LANG).", valueName: "zh|en"))
    var lang: Language?

    @Option(
        name: .long, parsing: .unconditional,
        help: ArgumentHelp(
            "Seconds a change waits for another change in progress (else $PUHUI_WAIT, else 120).", valueName: "seconds")
    )
    var wait: Double?

    var language: Language { Language.resolve(lang) }

    /// The write wait: `--wait`, else `PUHUI_WAIT`, else `WriteWait.defaultLimit`; after a second
    /// of waiting, stderr says so (docs/LIMITS.md).
    var writeWait: WriteWait {
        let environment = ProcessInfo.processInfo.environment["PUHUI_WAIT"].flatMap(Double.init)
        let limit = wait ?? environment ?? WriteWait.defaultLimit
        let language = self.language
        return WriteWait(limit: limit) { limit in
            Console.err(
                language.t(
                    "另一项写入正在进行，等待其完成（最多 \(Int(limit)) 秒，可用 --wait 或 PUHUI_WAIT 调整）……",
                    "waiting for another change to the registry to finish (up to \(Int(limit)) s; --wait or PUHUI_WAIT sets the limit)…"
                ))
        }
    }

    func validate() throws {
        if let wait, !(0...WriteWait.maximumLimit).contains(wait) {
            throw CLIError.usage(
                "--wait \(wait)：请给 0 到 \(Int(WriteWait.maximumLimit)) 秒",
                "--wait \(wait): give 0 to \(Int(WriteWait.maximumLimit)) seconds")
        }
    }

    var location: RegistryLocation { RegistryLocation.resolve(option: db) }
}

/// An as-of date option: explicit, or today in China Standard Time — read once, at the edge.
struct AsOfOption: ParsableArguments {
    @Option(
        name: .customLong("as-of"),
        help: ArgumentHelp("The day the answer is for, YYYY-MM-DD (default: today, China time).", valueName: "date"),
        transform: LocalDate.transform)
    var day: LocalDate?

    func resolve() -> LocalDate {
        day ?? LocalDate.today(at: .now)
    }
}
