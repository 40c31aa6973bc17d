import Foundation
import Registry

/// Short renderings of values for tables, messages and the resident pages, in either language.
package enum Formatting {
    /// `350 m` / `1.25 km` (English) or `350米` / `1.25公里` (Chinese).
    package static func distance(_ metres: Double, _ lang: Language) -> String {
        if metres < 1000 {
            let m = Int(metres.rounded())
            return Self.pick(lang, "\(m)米", "\(m) m")
        }
        let text = String(format: "%.2f", metres / 1000)
        return Self.pick(lang, "\(text)公里", "\(text) km")
    }

    /// Yuan for people: `2,380元` / `¥2,380`, with fen shown only when there are any.
    package static func yuan(_ fen: Int64, _ lang: Language) -> String {
        let whole = grouped(fen.magnitude / 100)
        let cents = fen.magnitude % 100
        let sign = fen < 0 ? "-" : ""
        let amount = cents == 0 ? whole : whole + "." + (cents < 10 ? "0" : "") + String(cents)
        return Self.pick(lang, "\(sign)\(amount)元", "\(sign)¥\(amount)")
    }

    /// A monthly price: `2,380元/月` / `¥2,380/month`.
    package static func monthly(_ fen: Int64?, _ lang: Language) -> String {
        guard let fen else { return "—" }
        return yuan(fen, lang) + Self.pick(lang, "/月", "/month")
    }

    /// 1234567 → `1,234,567`.
    package static func grouped(_ value: UInt64) -> String {
        let digits = Array(String(value))
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return result
    }

    /// The display name of a stored enum value, or the value itself if it is not known.
    package static func name<E: RegistryEnum>(_ type: E.Type, _ raw: String?, _ lang: Language) -> String {
        guard let raw else { return "—" }
        return E(rawValue: raw)?.name(lang) ?? raw
    }

    /// `低于市场中位 23%` / `23% below the market median` (whole percent, toward zero).
    package static func marketPosition(percentBelow below: Int64, _ lang: Language) -> String {
        below > 0
            ? pick(lang, "低于市场中位 \(below)%", "\(below)% below the market median")
            : below < 0
                ? pick(lang, "高于市场中位 \(-below)%", "\(-below)% above the market median")
                : pick(lang, "与市场中位持平", "at the market median")
    }

    /// A search hit's monthly fee against its market median (`低于市场中位 23%`), with its
    /// percentile rank when known (`，位次 41%`); nil when the hit has no comparison.
    package static func marketPosition(of hit: SearchHit, _ lang: Language) -> String? {
        guard let p50 = hit.marketP50Fen, p50 > 0, let fee = hit.monthlyPriceFen else { return nil }
        let position = marketPosition(percentBelow: (p50 - Int64(fee)) * 100 / p50, lang)
        guard let rank = hit.percentileRank else { return position }
        return position + pick(lang, "，位次 \(rank)%", ", rank \(rank)%")
    }

    static func pick(_ lang: Language, _ zh: String, _ en: String) -> String {
        lang == .zh ? zh : en
    }
}
