/// 统一社会信用代码 (Unified Social Credit Code, GB 32100-2015): 18 characters — registration
/// authority (1), organisation category (1), division code (6), organisation code (9, GB 11714,
/// its own check character last) and a check character.
///
/// The check character: alphabet `0-9A-HJ-NPQRTUWXY` (no I, O, S, V, Z) with values 0–30; weights
/// `1,3,9,27,19,26,16,17,20,29,25,13,8,24,10,30,28` (3^i mod 31) over the first 17 characters;
/// value = 31 − (sum mod 31), 31 → 0. `91310110666007217T`: sum 966, 966 mod 31 = 5, 31 − 5 = 26 → `T`.
///
/// The inner organisation-code check (GB 11714) over characters 9–16 with weights
/// `3,7,9,10,5,8,4,2`, digits as themselves and letters A=10…Z=35; value = 11 − (sum mod 11),
/// 10 → `X`, 11 → `0`; it must equal character 17. It is reported separately: some real codes
/// fail only that one.
public enum USCC {
    /// The code's alphabet, in value order (0–30).
    public static let alphabet: [Character] = Array("0123456789ABCDEFGHJKLMNPQRTUWXY")
    /// Weights of the first 17 characters for the check character.
    public static let weights: [Int] = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
    /// Weights of characters 9–16 for the organisation code's check.
    public static let organisationCodeWeights: [Int] = [3, 7, 9, 10, 5, 8, 4, 2]

    /// What is wrong with a code's structure or check character.
    public enum Problem: Sendable, Equatable, CustomStringConvertible {
        /// Not 18 characters.
        case wrongLength(Int)
        /// A character outside the alphabet at a 1-based position.
        case badCharacter(position: Int, character: Character)
        /// The check character (position 18) is not the computed one.
        case wrongCheckCharacter(expected: Character, found: Character)

        public var description: String { message.en }

        /// What is wrong, in Chinese and English.
        public var message: LocalizedText {
            switch self {
            case .wrongLength(let count):
                LocalizedText(
                    zh: "统一社会信用代码应为 18 位，这里是 \(count) 位",
                    en: "a credit code has 18 characters, not \(count)")
            case .badCharacter(let position, let character):
                LocalizedText(
                    zh: "第 \(position) 位“\(character)”不允许（只能用 0-9 和 A-H J-N P Q R T U W X Y）",
                    en: "character \(position) \"\(character)\" is not allowed (only 0-9 and A-H J-N P Q R T U W X Y)")
            case .wrongCheckCharacter(let expected, let found):
                LocalizedText(
                    zh: "统一社会信用代码校验码应为 \(expected)，不是 \(found)",
                    en: "check character should be \(expected), not \(found)")
            }
        }
    }

    /// The result of validating a code: its structural/check problem (nil when valid) and,
    /// separately, whether the inner organisation-code check holds.
    public struct Validation: Sendable, Equatable {
        /// nil when the code is well-formed and its check character is right.
        public let problem: Problem?
        /// The organisation code's expected check character when it does not match character 17
        /// (nil when it matches, or when the code is malformed).
        public let organisationCodeExpected: Character?

        /// Well-formed with a correct check character.
        public var isValid: Bool { problem == nil }
        /// Whether only the check character is wrong (what an audited override may accept).
        public var onlyCheckCharacterWrong: Bool {
            if case .wrongCheckCharacter = problem { return true }
            return false
        }
        /// Whether the inner GB 11714 check holds (false also when the code is malformed).
        public var organisationCodeValid: Bool
    }

    /// Validates a code (as given: no trimming or case folding).
    public static func validate(_ code: String) -> Validation {
        let characters = Array(code)
        guard characters.count == 18 else {
            return Validation(
                problem: .wrongLength(characters.count), organisationCodeExpected: nil, organisationCodeValid: false)
        }
        var values: [Int] = []
        values.reserveCapacity(18)
        for (index, character) in characters.enumerated() {
            guard let value = value(of: character) else {
                return Validation(
                    problem: .badCharacter(position: index + 1, character: character), organisationCodeExpected: nil,
                    organisationCodeValid: false)
            }
            values.append(value)
        }
        let expected = checkCharacter(values: values[0..<17])
        let organisationExpected = organisationCodeCheckCharacter(characters[8..<16])
        let organisationOK = organisationExpected == characters[16]
        let problem: Problem? =
            expected == characters[17] ? nil : .wrongCheckCharacter(expected: expected, found: characters[17])
        return Validation(
            problem: problem, organisationCodeExpected: organisationOK ? nil : organisationExpected,
            organisationCodeValid: organisationOK)
    }

    /// The check character for the first 17 characters, or nil if they are not 17 characters
    /// of the alphabet.
    public static func computeCheckCharacter(first17: String) -> Character? {
        let characters = Array(first17)
        guard characters.count == 17 else { return nil }
        var values: [Int] = []
        for character in characters {
            guard let value = value(of: character) else { return nil }
            values.append(value)
        }
        return checkCharacter(values: values[...])
    }

    /// The GB 11714 check character for the organisation code's 8-character body (characters
    /// 9–16 of a USCC), or nil if a character is not 0-9/A-Z.
    public static func organisationCodeCheckCharacter(_ body: some Collection<Character>) -> Character? {
        guard body.count == 8 else { return nil }
        var sum = 0
        for (character, weight) in zip(body, organisationCodeWeights) {
            guard let ascii = character.asciiValue else { return nil }
            let value: Int
            switch ascii {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): value = Int(ascii - UInt8(ascii: "0"))
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): value = Int(ascii - UInt8(ascii: "A")) + 10
            default: return nil
            }
            sum += value * weight
        }
        switch 11 - sum % 11 {
        case 10: return "X"
        case 11: return "0"
        case let digit: return Character(String(digit))
        }
    }

    static func value(of character: Character) -> Int? {
        alphabet.firstIndex(of: character)
    }

    static func checkCharacter(values: ArraySlice<Int>) -> Character {
        var sum = 0
        for (value, weight) in zip(values, weights) { sum += value * weight }
        let check = 31 - sum % 31
        return alphabet[check == 31 ? 0 : check]
    }
}
