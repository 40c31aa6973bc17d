/// A number cell's value as text, as the person who typed it wrote it: computed from the cell's
/// own digits, never through `Double` formatting, so `32.0123456` stays `32.0123456`.
///
/// Excel holds 15 significant digits of what is typed, but may write the binary double behind
/// it with 17 (`0.10000000000000001`, `2.9999999999999999E-2`): the text is rounded, in decimal,
/// to 15 significant digits, which gives back what was typed. Exponents are written out, whole
/// numbers have no `.0`, trailing zeros after the point go.
public enum NumberText {
    /// Significant digits kept (Excel's precision, ECMA-376 and Excel's specifications).
    public static let significantDigits = 15

    /// The plain decimal text of an `xsd:double` lexical value; nil when `text` is not a finite
    /// number or would need more than 64 characters written out.
    public static func canonical(_ text: String) -> String? {
        guard var number = DecimalDigits(text) else { return nil }
        number.round(toSignificant: significantDigits)
        return number.plainText(maximumLength: 64)
    }

    /// Whether `text` is a plain decimal (`-12`, `32.0123456`) of at most 15 significant digits,
    /// which a workbook can hold as a number and give back unchanged.
    public static func isExactlyStorable(_ text: String) -> Bool {
        guard let number = DecimalDigits(text), !text.contains(where: { $0 == "e" || $0 == "E" || $0 == "+" }) else {
            return false
        }
        return number.significantCount <= significantDigits && number.plainText(maximumLength: 64) == text
    }
}

/// A decimal number as its digits: value = ±0.d₁d₂…dₙ × 10^pointPosition.
struct DecimalDigits {
    var negative: Bool
    /// Significant digits, no leading zeros (empty for zero).
    var digits: [UInt8]
    /// Where the decimal point sits, counted from the left of `digits`.
    var point: Int

    init?(_ text: String) {
        var bytes = Array(text.utf8)
        guard !bytes.isEmpty, bytes.count <= 400 else { return nil }
        negative = false
        if bytes[0] == UInt8(ascii: "-") || bytes[0] == UInt8(ascii: "+") {
            negative = bytes[0] == UInt8(ascii: "-")
            bytes.removeFirst()
        }
        var exponent = 0
        if let e = bytes.firstIndex(where: { $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") }) {
            var exponentBytes = bytes[(e + 1)...]
            var exponentNegative = false
            if let sign = exponentBytes.first, sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+") {
                exponentNegative = sign == UInt8(ascii: "-")
                exponentBytes = exponentBytes.dropFirst()
            }
            guard !exponentBytes.isEmpty, exponentBytes.count <= 4,
                exponentBytes.allSatisfy({ $0 >= 48 && $0 <= 57 })
            else { return nil }
            exponent = exponentBytes.reduce(0) { $0 * 10 + Int($1) - 48 }
            if exponentNegative { exponent = -exponent }
            bytes = Array(bytes[..<e])
        }
        var integer: [UInt8] = []
        var fraction: [UInt8] = []
        var seenPoint = false
        for byte in bytes {
            if byte == UInt8(ascii: ".") {
                guard !seenPoint else { return nil }
                seenPoint = true
            } else if byte >= 48 && byte <= 57 {
                if seenPoint { fraction.append(byte - 48) } else { integer.append(byte - 48) }
            } else {
                return nil
            }
        }
        guard !integer.isEmpty || !fraction.isEmpty else { return nil }
        var all = integer + fraction
        var point = integer.count + exponent
        while let first = all.first, first == 0 {
            all.removeFirst()
            point -= 1
        }
        while let last = all.last, last == 0 { all.removeLast() }
        digits = all
        self.point = all.isEmpty ? 0 : point
        if all.isEmpty { negative = false }
    }

    var significantCount: Int { digits.count }

    /// Rounds half away from zero to `count` significant digits.
    mutating func round(toSignificant count: Int) {
        guard digits.count > count else { return }
        let roundUp = digits[count] >= 5
        digits = Array(digits[..<count])
        if roundUp {
            var index = count - 1
            while index >= 0 {
                if digits[index] == 9 {
                    digits[index] = 0
                    index -= 1
                } else {
                    digits[index] += 1
                    break
                }
            }
            if index < 0 {
                digits.insert(1, at: 0)
                point += 1
            }
        }
        while let last = digits.last, last == 0 { digits.removeLast() }
    }

    /// `-0.00123`, `1200`, `32.0123456`; nil when longer than `maximumLength`.
    func plainText(maximumLength: Int) -> String? {
        guard !digits.isEmpty else { return "0" }
        let length = max(point, 0) + max(digits.count - point, 0) + (point <= 0 ? 2 - point : 1)
        guard length <= maximumLength else { return nil }
        var text = negative ? "-" : ""
        let characters = digits.map { Character(Unicode.Scalar($0 + 48)) }
        if point <= 0 {
            text += "0." + String(repeating: "0", count: -point) + String(characters)
        } else if point >= digits.count {
            text += String(characters) + String(repeating: "0", count: point - digits.count)
        } else {
            text += String(characters[..<point]) + "." + String(characters[point...])
        }
        return text
    }
}
