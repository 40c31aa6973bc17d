import Registry

/// A value given on the command line that its option cannot take: the value as typed and what
/// the option accepts, in both languages. The option's name is not known to the type that
/// parsed the value; `ParseFailure` adds it when it renders the error (`message(option:)`).
struct ArgumentValueError: UserFacingError, CustomStringConvertible {
    /// The value as typed.
    var value: String
    /// What is accepted, with an example: `give 50 to 50000 metres, e.g. 3000`.
    var accepted: LocalizedText

    var kind: FailureKind { .usage }

    /// `--radius -1：请给 50 到 50000 米……` / `--radius -1: give 50 to 50000 metres…`.
    func message(option: String?) -> LocalizedText {
        let shown = value.isEmpty ? "\"\"" : value
        guard let option else {
            return LocalizedText(zh: "“\(shown)”：\(accepted.zh)", en: "\"\(shown)\": \(accepted.en)")
        }
        return LocalizedText(zh: "\(option) \(shown)：\(accepted.zh)", en: "\(option) \(shown): \(accepted.en)")
    }

    var message: LocalizedText { message(option: nil) }

    /// What ArgumentParser appends to its own English line when it prints the error itself (it
    /// does not in `puhui`, whose entry point renders parse errors in the user's language).
    var description: String { accepted.en }
}
