import ArgumentParser
import Foundation
import Registry

extension Language: ExpressibleByArgument {}

extension Language {
    /// `--lang` if given, else the locale from the environment (LC_ALL, LC_MESSAGES, LANG in
    /// POSIX order). Foundation's `Locale.current` is `en_001` on Linux whatever LANG says, so
    /// the variables are read directly.
    static func resolve(_ explicit: Language?, environment: [String: String] = ProcessInfo.processInfo.environment) -> Language {
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
