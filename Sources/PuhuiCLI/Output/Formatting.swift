import Foundation
import Registry

/// Short renderings of values for tables and messages.
enum Formatting {
    /// `350 m` / `1.25 km` (English) or `350米` / `1.25公里` (Chinese).
    static func distance(_ metres: Double, _ lang: Language) -> String {
        if metres < 1000 {
            let m = Int(metres.rounded())
            return lang.t("\(m)米", "\(m) m")
        }
        let text = String(format: "%.2f", metres / 1000)
        return lang.t("\(text)公里", "\(text) km")
    }

    /// Yuan for people: `2,380元` / `¥2,380`, with fen shown only when there are any.
    static func yuan(_ fen: Int64, _ lang: Language) -> String {
        let whole = grouped(fen.magnitude / 100)
        let cents = fen.magnitude % 100
        let sign = fen < 0 ? "-" : ""
        let amount = cents == 0 ? whole : whole + "." + (cents < 10 ? "0" : "") + String(cents)
        return lang.t("\(sign)\(amount)元", "\(sign)¥\(amount)")
    }

    /// A monthly price: `2,380元/月` / `¥2,380/month`.
    static func monthly(_ fen: Int64?, _ lang: Language) -> String {
        guard let fen else { return "—" }
        return yuan(fen, lang) + lang.t("/月", "/month")
    }

    /// 1234567 → `1,234,567`.
    static func grouped(_ value: UInt64) -> String {
        let digits = Array(String(value))
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return result
    }

    /// The display name of a stored enum value, or the value itself if it is not known.
    static func name<E: RegistryEnum>(_ type: E.Type, _ raw: String?, _ lang: Language) -> String {
        guard let raw else { return "—" }
        return E(rawValue: raw)?.name(lang) ?? raw
    }
}
