import Registry

/// A value given on the command line or in a request that cannot be used, with the words in both
/// languages. The CLI reports it as a usage error (exit 64); the service as 400 problem+json.
package struct InputProblem: UserFacingError {
    /// The parameter as the user spelled it (`--max-price`, `max_price`).
    package let parameter: String
    package let message: LocalizedText

    /// Always a usage error: the command line's 64, the service's 400.
    package var kind: FailureKind { .usage }

    package init(parameter: String, message: LocalizedText) {
        self.parameter = parameter
        self.message = message
    }
}
