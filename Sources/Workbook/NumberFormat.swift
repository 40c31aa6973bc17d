/// What a cell's number format says about its number: a date, text (`@`), or a plain number.
/// Built-in format ids are ECMA-376 Part 1, 18.8.30 (14–22 and 45–47 dates and times; 27–36 and
/// 50–58 the East Asian date formats Excel and WPS use in Chinese; 49 text).
public enum NumberFormat: Sendable, Equatable {
    case general
    case date
    case text

    public init(builtIn id: Int) {
        switch id {
        case 14...22, 27...36, 45...47, 50...58: self = .date
        case 49: self = .text
        default: self = .general
        }
    }

    /// From a custom format code: `@` is text; a code with a date or time part (y, m, d, h, s,
    /// 年, 月, 日, outside quoted text, escapes and `[…]` sections such as colours) is a date.
    public init(code: String) {
        var inQuote = false
        var inBracket = false
        var escaped = false
        var sawAt = false
        var sawDatePart = false
        for character in code {
            if escaped {
                escaped = false
                continue
            }
            if inQuote {
                if character == "\"" { inQuote = false }
                continue
            }
            if inBracket {
                if character == "]" { inBracket = false }
                // Elapsed time, e.g. [h]:mm, is still a time.
                if "hHmMsS".contains(character) { sawDatePart = true }
                continue
            }
            switch character {
            case "\"": inQuote = true
            case "\\", "_", "*": escaped = true
            case "[": inBracket = true
            case "@": sawAt = true
            case "y", "Y", "m", "M", "d", "D", "h", "H", "s", "S", "年", "月", "日": sawDatePart = true
            default: break
            }
        }
        if sawDatePart, !code.lowercased().hasPrefix("general") {
            self = .date
        } else if sawAt {
            self = .text
        } else {
            self = .general
        }
    }
}
