import Foundation

/// How imported text is normalised before it is stored: Unicode NFC (SQLite compares bytes, so
/// NFC and NFD spellings of one name must not both exist), surrounding white space trimmed, and
/// in numeric fields full-width digits (`１２３`) read as ASCII.
package enum TextNormalisation {
    /// NFC, trimmed. Skips Foundation when every scalar is one whose NFC form is itself
    /// (ASCII and Latin-1 without combining marks, CJK unified ideographs and punctuation,
    /// full-width forms), which is nearly all registry text.
    package static func normalise(_ text: String) -> String {
        let trimmed = trim(text)
        if isTriviallyNFC(trimmed) { return trimmed }
        return trimmed.precomposedStringWithCanonicalMapping
    }

    static func trim(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        guard let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        if first == scalars.startIndex && scalars.index(after: last) == scalars.endIndex { return text }
        return String(scalars[first...last])
    }

    static func isTriviallyNFC(_ text: String) -> Bool {
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0..<0x300, 0x3000..<0x3099, 0x4E00..<0xA000, 0xFF00..<0xFFF0: continue
            default: return false
            }
        }
        return true
    }

    /// Full-width digits, point, minus and plus as ASCII (for numeric fields and dates).
    package static func asciiDigits(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0.value >= 0xFF0B && $0.value <= 0xFF19 }) else { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0xFF10...0xFF19: scalars.append(Unicode.Scalar(scalar.value - 0xFF10 + 0x30) ?? scalar)
            case 0xFF0E: scalars.append(".")
            case 0xFF0D: scalars.append("-")
            case 0xFF0B: scalars.append("+")
            default: scalars.append(scalar)
            }
        }
        return String(scalars)
    }
}
