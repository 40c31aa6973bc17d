/// How a front end spells a parameter in its messages: the CLI's `--max-price`, the service's
/// query `max_price`. One set of words, two spellings.
package enum ParameterSpelling: Sendable {
    case option
    case query

    /// `name` in snake_case (`max_price`) as this front end spells it.
    package func callAsFunction(_ name: String) -> String {
        switch self {
        case .option: "--" + name.replacingOccurrences(of: "_", with: "-")
        case .query: name
        }
    }
}
