import ArgumentParser

/// A value the command line parses into a domain type, refusing a bad one with an
/// `ArgumentValueError` that says what is accepted. Options declare it with
/// `transform: T.parse` (so the reason reaches the error message; `init?(argument:)` can only
/// say "invalid") and `parsing: .unconditional` where a value may begin with `-` (a negative
/// number is then refused by its own rule, not mistaken for an option).
protocol TypedArgument: ExpressibleByArgument, Sendable {
    static func parse(_ text: String) throws(ArgumentValueError) -> Self
}

extension TypedArgument {
    init?(argument: String) {
        guard let value = try? Self.parse(argument) else { return nil }
        self = value
    }

    /// `T.parse` as ArgumentParser's transform closure.
    static var transform: @Sendable (String) throws -> Self {
        { text in try Self.parse(text) }
    }
}
