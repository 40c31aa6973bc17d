/// 统一社会信用代码 (GB 32100-2015): 18 characters = registration authority (1) + organisation
/// category (1) + division code (6) + organisation code body (9, GB 11714, last one its check)
/// + check character (1).
enum USCC {
    /// The code's alphabet, in value order 0–30 (no I, O, S, V, Z).
    static let alphabet: [UInt8] = Array("0123456789ABCDEFGHJKLMNPQRTUWXY".utf8)
    static let weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
    static let orgWeights = [3, 7, 9, 10, 5, 8, 4, 2]

    static func value(_ byte: UInt8) -> Int? { alphabet.firstIndex(of: byte) }

    /// Check character over the first 17 characters: 31 − (Σ value × weight mod 31), 31 → 0.
    static func checkCharacter(_ first17: [UInt8]) -> UInt8? {
        guard first17.count == 17 else { return nil }
        var sum = 0
        for (i, byte) in first17.enumerated() {
            guard let v = value(byte) else { return nil }
            sum += v * weights[i]
        }
        let c = 31 - sum % 31
        return alphabet[c == 31 ? 0 : c]
    }

    /// GB 11714 check of the organisation code body (characters 9–16 of the USCC): weights
    /// 3,7,9,10,5,8,4,2 with digits 0–9 and letters A=10…Z=35; 11 − (Σ mod 11), 10 → X, 11 → 0.
    static func orgCheckCharacter(_ body8: [UInt8]) -> UInt8? {
        guard body8.count == 8 else { return nil }
        var sum = 0
        for (i, byte) in body8.enumerated() {
            let v: Int
            switch byte {
            case 48...57: v = Int(byte - 48)
            case 65...90: v = Int(byte - 65) + 10
            default: return nil
            }
            sum += v * orgWeights[i]
        }
        let c = 11 - sum % 11
        switch c {
        case 10: return UInt8(ascii: "X")
        case 11: return UInt8(ascii: "0")
        default: return UInt8(48 + c)
        }
    }

    /// A valid code from its parts: `prefix` (2 characters), `division` (6 digits) and the
    /// 8-character organisation code body before its check.
    static func make(prefix: String, division: String, body8: String) -> String? {
        let body = Array(body8.utf8)
        guard let orgCheck = orgCheckCharacter(body) else { return nil }
        let first17 = Array(prefix.utf8) + Array(division.utf8) + body + [orgCheck]
        guard let check = checkCharacter(first17) else { return nil }
        return String(decoding: first17 + [check], as: UTF8.self)
    }

    /// What is wrong with a code, or nil when both check characters are right.
    static func problem(_ code: String) -> String? {
        let bytes = Array(code.utf8)
        guard bytes.count == 18 else { return "not 18 characters" }
        guard bytes.allSatisfy({ value($0) != nil }) else { return "character outside 0-9A-HJ-NPQRTUWXY" }
        guard bytes[2...7].allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return "division code not 6 digits" }
        guard let org = orgCheckCharacter(Array(bytes[8..<16])), org == bytes[16] else {
            return "organisation code check character wrong"
        }
        guard let check = checkCharacter(Array(bytes[0..<17])), check == bytes[17] else {
            return "check character wrong"
        }
        return nil
    }
}

/// 统一标识编号: `NT` + family letter (`E` elder care, `C` childcare) + `-` + year + `-` + 5-digit
/// serial + `-` + check character, e.g. `NTE-2024-00012-7`.
///
/// The check character is ISO 7064 MOD 37,36 (hybrid system, M = 36) over the 12
/// alphanumerics before it, hyphens left out (`NTE202400012`), values `0-9` → 0–9, `A-Z` →
/// 10–35:
///
///     p = 36
///     for each character value v:  s = (p + v) mod 36;  if s == 0 { s = 36 };  p = (2 s) mod 37
///     check value = (37 − p) mod 36
///
/// so that running the same loop over the 13 characters ends with (p + check) mod 36 == 1.
enum Badge {
    static let alphabet: [UInt8] = Array("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ".utf8)

    static func checkCharacter(_ payload: [UInt8]) -> UInt8? {
        var p = 36
        for byte in payload {
            guard let v = alphabet.firstIndex(of: byte) else { return nil }
            var s = (p + v) % 36
            if s == 0 { s = 36 }
            p = (s * 2) % 37
        }
        return alphabet[(37 - p) % 36]
    }

    static func make(family: Family, year: Int, serial: Int) -> String? {
        guard (1000...9999).contains(year), (0...99_999).contains(serial) else { return nil }
        let letter = family == .elder ? "E" : "C"
        let payload = "NT" + letter + String(year) + pad(serial, 5)
        guard let check = checkCharacter(Array(payload.utf8)) else { return nil }
        return "NT" + letter + "-" + String(year) + "-" + pad(serial, 5) + "-" + String(UnicodeScalar(check))
    }

    /// What is wrong with a badge number of `family`, or nil when it is well formed and checks.
    static func problem(_ badge: String, family: Family) -> String? {
        let bytes = Array(badge.utf8)
        guard bytes.count == 16, bytes[0] == 78, bytes[1] == 84, bytes[3] == 45, bytes[8] == 45, bytes[14] == 45,
            bytes[4..<8].allSatisfy({ $0 >= 48 && $0 <= 57 }), bytes[9..<14].allSatisfy({ $0 >= 48 && $0 <= 57 })
        else { return "malformed" }
        guard bytes[2] == (family == .elder ? 69 : 67) else { return "family letter does not match the kind" }
        let payload = bytes.filter { $0 != 45 }.dropLast()
        guard let check = checkCharacter(Array(payload)), check == bytes[15] else { return "check character wrong" }
        return nil
    }
}
