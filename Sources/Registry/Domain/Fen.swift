/// 分: an amount of money in integer fen (1 yuan = 100 fen). Money is never a floating-point
/// number: prices are parsed from yuan text digit by digit and compared as integers.
public struct Fen: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// The amount in fen.
    public var value: Int64

    public init(_ value: Int64) {
        self.value = value
    }

    /// Parses yuan text with at most two decimals: `1850` → 185000, `1850.5` → 185050,
    /// `1850.50` → 185050. Refuses signs, exponents, grouping, more than two decimals and
    /// amounts beyond 10^13 yuan. Full-width digits should be normalised by the caller.
    public init(yuan text: String) throws(RegistryError) {
        let invalid = { (reason: LocalizedText) in
            RegistryError.invalidValue(what: LocalizedText(zh: "金额", en: "amount"), value: text, reason: reason)
        }
        let bytes = Array(text.utf8)
        if bytes.first == UInt8(ascii: "-") { throw invalid(LocalizedText(zh: "金额不能为负数", en: "negative amount")) }
        var whole: Int64 = 0
        var wholeDigits = 0
        var fraction: Int64 = 0
        var fractionDigits = 0
        var seenPoint = false
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                let digit = Int64(byte - UInt8(ascii: "0"))
                if seenPoint {
                    fractionDigits += 1
                    if fractionDigits > 2 { throw invalid(LocalizedText(zh: "金额最多两位小数", en: "more than two decimals")) }
                    fraction = fraction * 10 + digit
                } else {
                    wholeDigits += 1
                    if wholeDigits > 13 { throw invalid(LocalizedText(zh: "金额过大", en: "amount too large")) }
                    whole = whole * 10 + digit
                }
            case UInt8(ascii: "."):
                if seenPoint { throw invalid(Self.notYuan) }
                seenPoint = true
            default:
                throw invalid(Self.notYuan)
            }
        }
        if wholeDigits == 0 || (seenPoint && fractionDigits == 0) {
            throw invalid(Self.notYuan)
        }
        if fractionDigits == 1 { fraction *= 10 }
        value = whole * 100 + fraction
    }

    /// A text that is not yuan with at most two decimals.
    static let notYuan = LocalizedText(
        zh: "不是以元为单位的金额（如 1850 或 1850.50）", en: "not an amount in yuan (e.g. 1850 or 1850.50)")

    /// The amount as yuan with two decimals, e.g. `1850.50` (a minus sign if negative).
    public var yuanText: String {
        let magnitude = value.magnitude
        let cents = magnitude % 100
        return (value < 0 ? "-" : "") + "\(magnitude / 100)." + (cents < 10 ? "0" : "") + "\(cents)"
    }

    public var description: String { yuanText }

    public static func < (lhs: Fen, rhs: Fen) -> Bool { lhs.value < rhs.value }

    public init(from decoder: any Decoder) throws {
        value = try decoder.singleValueContainer().decode(Int64.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(value)
    }
}
