import ArgumentParser
import Foundation
import Registry

// MARK: - TypedArgument

/// An amount of money in yuan on the command line, kept as integer fen: `--max-price 2999.50` is
/// 299,950 fen. At most two decimals; no sign, grouping or exponent (`Fen(yuan:)`).
extension Fen: TypedArgument {
    // `public` only because the type is public and so is ArgumentParser's protocol: the
    // witness must be as visible as both. The command line is its only user.
    public init?(argument: String) {
        guard let value = try? Self.parse(argument) else { return nil }
        self = value
    }

    static func parse(_ text: String) throws(ArgumentValueError) -> Fen {
        do {
            return try Fen(yuan: TextNormalisation.asciiDigits(text).trimmingCharacters(in: .whitespaces))
        } catch {
            throw ArgumentValueError(
                value: text,
                accepted: LocalizedText(
                    zh: "请写以元为单位、不为负、最多两位小数的金额，例如 3000 或 2999.50",
                    en: "give an amount in yuan, not negative, with at most two decimals, e.g. 3000 or 2999.50"))
        }
    }
}
