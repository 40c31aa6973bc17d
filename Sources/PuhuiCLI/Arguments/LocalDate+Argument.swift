import ArgumentParser
import Foundation
import Registry

// MARK: - TypedArgument

/// A civil date on the command line: `YYYY-MM-DD` (full-width digits and surrounding spaces
/// allowed, as pasted from a document), for `--as-of`, `--on` and every other day option.
extension LocalDate: TypedArgument {
    // `public` only because the type is public and so is ArgumentParser's protocol: the
    // witness must be as visible as both. The command line is its only user.
    public init?(argument: String) {
        guard let value = try? Self.parse(argument) else { return nil }
        self = value
    }

    static func parse(_ text: String) throws(ArgumentValueError) -> LocalDate {
        let cleaned = TextNormalisation.asciiDigits(text).trimmingCharacters(in: .whitespaces)
        do {
            return try LocalDate(parsing: cleaned)
        } catch {
            switch error {
            case .malformed:
                throw ArgumentValueError(
                    value: text,
                    accepted: LocalizedText(
                        zh: "不是日期，请写成 YYYY-MM-DD，例如 2026-11-29", en: "not a date; write YYYY-MM-DD, e.g. 2026-11-29"))
            case .noSuchDay:
                throw ArgumentValueError(
                    value: text,
                    accepted: LocalizedText(
                        zh: "没有这一天（请核对年、月、日），请写成 YYYY-MM-DD，例如 2026-11-29",
                        en: "no such day (check the year, month and day); write YYYY-MM-DD, e.g. 2026-11-29"))
            }
        }
    }
}
