import ArgumentParser
import Foundation
import Registry

extension Language: ExpressibleByArgument {}

extension Language {
    /// `--lang` if given, else the locale from the environment (LC_ALL, LC_MESSAGES, LANG in
    /// POSIX order). Foundation's `Locale.current` is `en_001` on Linux whatever LANG says, so
    /// the variables are read directly.
    static func resolve(_ explicit: Language?, environment: [String: String] = ProcessInfo.processInfo.environment)
        -> Language
    {
        if let explicit { return explicit }
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[name], !value.isEmpty else { continue }
            return value.lowercased().hasPrefix("zh") ? .zh : .en
        }
        return .en
    }

    /// Picks the text in this language: `lang.t("已导入", "Imported")`.
    func t(_ zh: String, _ en: String) -> String {
        self == .zh ? zh : en
    }
}

extension Language {
    /// The `--lang` value as typed (`--lang zh`, `--lang=en`), before the command line is parsed:
    /// the language of an error in parsing it. Nil if absent or not a language; arguments after
    /// `--` are not options.
    static func typed(in arguments: [String]) -> Language? {
        var found: Language?
        var index = arguments.startIndex
        while index < arguments.endIndex {
            let argument = arguments[index]
            if argument == "--" { break }
            if argument == "--lang", index + 1 < arguments.endIndex {
                found = Language(rawValue: arguments[index + 1]) ?? found
                index += 1
            } else if argument.hasPrefix("--lang=") {
                found = Language(rawValue: String(argument.dropFirst("--lang=".count))) ?? found
            }
            index += 1
        }
        return found
    }
}
