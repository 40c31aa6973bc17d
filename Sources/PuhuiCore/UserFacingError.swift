/// An error a person can see: a refused command, a bad request, a file that cannot be read. It
/// speaks for itself — its message in both languages (no English reason inside a Chinese message,
/// no Chinese wording inside an English one; data as entered aside) — and says what kind of
/// failure it is, from which the command line's exit status and the service's HTTP status derive.
/// No caller chooses words by matching an error's English text.
public protocol UserFacingError: Error, Sendable {
    /// What went wrong and how to fix it, in Chinese and English.
    var message: LocalizedText { get }
    /// What kind of failure this is.
    var kind: FailureKind { get }
}

extension UserFacingError {
    /// The message in `language`.
    public func text(_ language: Language) -> String { message.text(language) }
}
