import ArgumentParser
import Registry

/// How `puhui` says that something went wrong, in one voice per language: one line on stderr
/// beginning `错误：` or `error: ` (the same prefix `CommandRunner` uses for the registry's
/// errors), then, for a mistake in the command line, where its help is. Parse errors are said in
/// the user's language too: a typed argument's refusal names the option, the value and what is
/// accepted; ArgumentParser's own errors are put into Chinese by kind (`chinese(_:)`).
enum ErrorReport {
    /// The prefix of every error line.
    static func prefix(_ lang: Language) -> String { lang.t("错误：", "error: ") }

    /// Writes the report of an error thrown while parsing or running a command and returns the
    /// exit status. Help, `--version` and completion scripts are not errors: printed on stdout, 0.
    static func report(_ error: any Error, _ lang: Language) -> Int32 {
        if let exit = error as? ExitCode {
            // The command has said why already (`CommandRunner`).
            return exit.rawValue
        }
        let status = Puhui.exitCode(for: error)
        if status == .success {
            let text = Puhui.fullMessage(for: error)
            if !text.isEmpty { Console.out(text) }
            return 0
        }
        let failure = ParseFailure(error)
        if let own = failure.userError {
            let message = (own as? ArgumentValueError)?.message(option: failure.optionName) ?? own.message
            Console.err(prefix(lang) + message.text(lang))
            if !failure.commandStack.isEmpty || own is ArgumentValueError { Console.err(helpHint(failure, lang)) }
            return own.kind.exitCode
        }
        guard !failure.commandStack.isEmpty || error is ValidationError else {
            // Not a parse error, and not one of ours: the program itself went wrong.
            let (message, code) = CommandRunner.describe(error, lang)
            Console.err(prefix(lang) + message)
            return code
        }
        let english = Puhui.message(for: error)
        Console.err(prefix(lang) + (lang == .zh ? chinese(failure, english: english) : english))
        Console.err(helpHint(failure, lang))
        return FailureKind.usage.exitCode
    }

    /// `See 'puhui search --help'.` / `用法见 puhui search --help。`
    static func helpHint(_ failure: ParseFailure, _ lang: Language) -> String {
        lang.t("用法见 \(failure.commandPath) --help。", "See '\(failure.commandPath) --help'.")
    }

    /// ArgumentParser's English message put into Chinese, by the kind of error; the option,
    /// value and choices are the quoted parts of the English message.
    static func chinese(_ failure: ParseFailure, english: String) -> String {
        let quoted = quotedParts(english)
        let first = quoted.first ?? ""
        switch failure.caseName {
        case "unknownOption", "invalidOption", "nonAlphanumericShortOption":
            return "没有选项 \(failure.optionName ?? first)"
        case "missingValueForOption", "missingValueOrUnknownCompositeOption":
            return "\(failure.optionName ?? first) 缺少取值"
        case "noValue":
            return "缺少必需的 \(first)"
        case "unexpectedExtraValues":
            return "多余的参数：\(quoted.joined(separator: " "))"
        case "unexpectedValueForOption":
            return "\(failure.optionName ?? first) 不接受取值"
        case "duplicateExclusiveValues":
            return "\(quoted.dropFirst().first ?? first) 与 \(first) 不能同时给出"
        case "missingSubcommand":
            return "请给出子命令"
        case "unableToParseValue":
            let option = failure.optionName ?? (quoted.count > 1 ? quoted[1] : "")
            let choices = quoted.dropFirst(2)
            let value = failure.value ?? first
            return choices.isEmpty
                ? "\(option) \(value)：取值无效"
                : "\(option) \(value)：不是可选的值。可选：\(choices.joined(separator: "、"))"
        default:
            return "命令行有误：\(english)"
        }
    }

    /// The parts of a message between single quotes: `'--radius <metres>'` → `--radius <metres>`.
    static func quotedParts(_ text: String) -> [String] {
        let pieces = text.split(separator: "'", omittingEmptySubsequences: false)
        return stride(from: 1, to: pieces.count - 1, by: 2).map { String(pieces[$0]) }
    }
}
