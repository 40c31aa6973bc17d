import Foundation

/// How a front end spells a parameter in its messages: the CLI's `--max-price`, the service's
/// query `max_price`, or a resident page's field label (“最高月收费”). One set of words, several
/// spellings.
package enum ParameterSpelling: Sendable {
    case option
    case query
    /// A form's field labels, by snake_case name, in the page's language.
    case label(@Sendable (String) -> String)

    /// `name` in snake_case (`max_price`) as this front end spells it.
    package func callAsFunction(_ name: String) -> String {
        switch self {
        case .option: "--" + name.replacingOccurrences(of: "_", with: "-")
        case .query: name
        case .label(let label): label(name)
        }
    }
}
