/// 统一标识编号: the number on an outlet's unified inclusive badge.
///
/// Format: `NT` (Nantong) + family letter (`E` elder care, `C` childcare) + `-` + 4-digit year of
/// issue + `-` + 5-digit serial + `-` + one check character, e.g. `NTE-2024-00012-A`.
///
/// The check character is ISO 7064 MOD 37,36 (the hybrid system for alphanumerics, M = 36) over
/// the 12 alphanumerics without hyphens (`NTE202400012`), with values `0-9` → 0–9 and `A-Z` →
/// 10–35:
///
/// ```
/// p = 36
/// for each character c:  s = (p + value(c)) mod 36;  if s == 0 { s = 36 };  p = (s * 2) mod 37
/// check value = (37 − p) mod 36, written 0-9 or A-Z
/// ```
///
/// With that character appended the same loop (without the doubling on the last step) leaves
/// `(p + check) mod 36 == 1`, which is how `validate` checks it.
public enum BadgeNumber {
    /// The ISO 7064 MOD 37,36 alphabet, in value order.
    public static let alphabet: [Character] = Array("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ")

    /// What is wrong with a badge number.
    public enum Problem: Sendable, Equatable, CustomStringConvertible {
        /// Not of the form `NTE-YYYY-NNNNN-C` / `NTC-YYYY-NNNNN-C`.
        case malformed
        /// Well-formed, but the check character is not the computed one.
        case wrongCheckCharacter(expected: Character, found: Character)

        public var description: String { message.en }

        /// What is wrong, in Chinese and English.
        public var message: LocalizedText {
            switch self {
            case .malformed:
                LocalizedText(
                    zh: "不是统一标识编号（养老为 NTE-YYYY-NNNNN-C，托育为 NTC-YYYY-NNNNN-C）",
                    en: "not a badge number (NTE-YYYY-NNNNN-C for elder care, NTC-YYYY-NNNNN-C for childcare)")
            case .wrongCheckCharacter(let expected, let found):
                LocalizedText(
                    zh: "统一标识编号校验码应为 \(expected)，不是 \(found)",
                    en: "badge check character should be \(expected), not \(found)")
            }
        }
    }

    /// The parts of a well-formed badge number.
    public struct Parts: Sendable, Equatable {
        public let family: CareFamily
        public let year: Int
        public let serial: Int
        public let check: Character
    }

    /// The ISO 7064 MOD 37,36 check character of an alphanumeric string (0-9, A-Z), or nil if
    /// it holds any other character.
    public static func checkCharacter(for payload: String) -> Character? {
        var p = 36
        for character in payload {
            guard let value = alphabet.firstIndex(of: character) else { return nil }
            var s = (p + value) % 36
            if s == 0 { s = 36 }
            p = (s * 2) % 37
        }
        return alphabet[(37 - p) % 36]
    }

    /// The full badge number for a family, year and serial (nil if they don't fit the format).
    public static func make(family: CareFamily, year: Int, serial: Int) -> String? {
        guard (1000...9999).contains(year), (0...99999).contains(serial) else { return nil }
        let serialText = String(serial)
        let padded = String(repeating: "0", count: 5 - serialText.count) + serialText
        let payload = "NT\(family.badgeLetter)\(year)\(padded)"
        guard let check = checkCharacter(for: payload) else { return nil }
        return "NT\(family.badgeLetter)-\(year)-\(padded)-\(check)"
    }

    /// Splits a badge number into its parts if it is well-formed (the check is not verified).
    public static func parse(_ text: String) -> Parts? {
        let bytes = Array(text.utf8)
        guard bytes.count == 16, bytes[0] == UInt8(ascii: "N"), bytes[1] == UInt8(ascii: "T"),
            bytes[3] == UInt8(ascii: "-"), bytes[8] == UInt8(ascii: "-"), bytes[14] == UInt8(ascii: "-")
        else { return nil }
        let family: CareFamily
        switch bytes[2] {
        case UInt8(ascii: "E"): family = .elder
        case UInt8(ascii: "C"): family = .childcare
        default: return nil
        }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for index in range {
                guard bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "9") else { return nil }
                value = value * 10 + Int(bytes[index] - UInt8(ascii: "0"))
            }
            return value
        }
        let check = Character(Unicode.Scalar(bytes[15]))
        guard let year = number(4..<8), let serial = number(9..<14), alphabet.contains(check) else { return nil }
        return Parts(family: family, year: year, serial: serial, check: check)
    }

    /// Validates a badge number: nil when it is well-formed and its check character is right.
    public static func validate(_ text: String) -> Problem? {
        guard let parts = parse(text) else { return .malformed }
        let payload = String(text.filter { $0 != "-" }.dropLast())
        guard let expected = checkCharacter(for: payload) else { return .malformed }
        return expected == parts.check ? nil : .wrongCheckCharacter(expected: expected, found: parts.check)
    }
}
