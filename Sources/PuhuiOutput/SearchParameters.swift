import Foundation
import Registry

/// The nearby search's parameters as given (`puhui search` options, `GET /v1/outlets` query
/// items), turned into a `NearbyQuery` by one set of rules with one set of messages.
package struct SearchParameters: Sendable {
    package var near: String?
    package var place: String?
    package var datum: Datum = .wgs84
    package var radius: Int = Int(NearbyQuery.defaultRadius)
    package var kinds: [String] = []
    package var ageClass: ClassType?
    package var maxPrice: String?
    package var vacancy = false
    package var keyword: String?
    package var allStatuses = false
    package var sort: SearchSort = .distance
    package var maxRatio: String?
    package var limit: Int = NearbyQuery.defaultLimit
    package var offset: Int = 0

    package init() {}

    /// The checks the CLI makes in `validate()` (usage errors), in the front end's spelling.
    package func validate(_ spell: ParameterSpelling) throws(InputProblem) {
        func problem(_ name: String, _ zh: String, _ en: String) -> InputProblem {
            InputProblem(parameter: spell(name), message: LocalizedText(zh: zh, en: en))
        }
        if near != nil && place != nil {
            throw problem(
                "near", "请给 \(spell("near")) 或 \(spell("place")) 之一，不要同时给出",
                "give \(spell("near")) or \(spell("place")), not both")
        }
        if near == nil && place == nil && keyword == nil {
            throw problem(
                "near", "请说明位置：\(spell("near")) 纬度,经度 或 \(spell("place")) 地名（或用 \(spell("keyword")) 全市查找）",
                "say where: \(spell("near")) LAT,LON or \(spell("place")) NAME (or search the whole city by \(spell("keyword")))"
            )
        }
        if let near, Self.parsePoint(near) == nil {
            throw problem(
                "near", "\(spell("near")) \(near)：请写十进制度数 纬度,经度，例如 32.0100,120.8600",
                "\(spell("near")) \(near): expected LAT,LON in decimal degrees, e.g. 32.0100,120.8600")
        }
        if !NearbyQuery.radiusRange.contains(Double(radius)) {
            throw problem(
                "radius", "\(spell("radius")) \(radius)：请给 50 到 50000 米",
                "\(spell("radius")) \(radius): give 50 to 50000 metres")
        }
        if limit < 1 || limit > 10_000 {
            throw problem(
                "limit", "\(spell("limit")) \(limit)：请给 1 到 10000", "\(spell("limit")) \(limit): give 1 to 10000")
        }
        if offset < 0 {
            throw problem(
                "offset", "\(spell("offset")) \(offset)：不能为负数", "\(spell("offset")) \(offset): must not be negative")
        }
    }

    /// The query for the day `asOf` (the centre of a `place` is filled in by the caller, which
    /// looks it up in the registry).
    package func query(asOf: LocalDate, _ spell: ParameterSpelling) throws(InputProblem) -> NearbyQuery {
        var kindSet = Set<OutletKind>()
        for text in kinds {
            do { kindSet.formUnion(try KindSelector.parse(text).kinds) } catch {
                let valid = KindSelector.validValues.joined(separator: ", ")
                throw InputProblem(
                    parameter: spell("kind"),
                    message: LocalizedText(
                        zh: "\(spell("kind")) \(text)：没有这种类型。可选：\(valid)",
                        en: "\(spell("kind")) \(text): no such kind or group. Valid: \(valid)"))
            }
        }
        var maxFen: Int?
        if let maxPrice {
            do { maxFen = Int(try Fen(yuan: TextNormalisation.asciiDigits(maxPrice)).value) } catch {
                throw InputProblem(
                    parameter: spell("max_price"),
                    message: LocalizedText(
                        zh: "\(spell("max_price")) \(maxPrice)：请写元为单位的金额，例如 3000 或 2999.50。",
                        en: "\(spell("max_price")) \(maxPrice): give an amount in yuan, e.g. 3000 or 2999.50."))
            }
        }
        var centre: GeoPoint?
        if let near, let point = Self.parsePoint(near) {
            centre = datum.toWGS84(point)
        }
        var maxRatioPermille: Int?
        if let maxRatio {
            guard let permille = Self.parsePermille(maxRatio) else {
                throw InputProblem(
                    parameter: spell("max_ratio"),
                    message: LocalizedText(
                        zh: "\(spell("max_ratio")) \(maxRatio)：请写与市场中位价之比，如 0.8（即中位价的 80%），最多三位小数。",
                        en:
                            "\(spell("max_ratio")) \(maxRatio): give the ratio to the market median, e.g. 0.8 (80% of the median), at most three decimals."
                    ))
            }
            maxRatioPermille = permille
        }
        return NearbyQuery(
            centre: centre, radius: Double(radius), kindNumbers: Set(kindSet.map(\.number)),
            ageClass: ageClass?.rawValue,
            maxMonthlyPriceFen: maxFen, vacancyOnly: vacancy, keyword: keyword, allStatuses: allStatuses,
            asOf: asOf.description, limit: limit, offset: offset, sort: sort,
            maxRatioPermille: maxRatioPermille, compareWithMarket: true)
    }

    /// `0.8` → 800, `1` → 1000, `0.125` → 125 (thousandths, integer arithmetic); nil when not a
    /// non-negative decimal with at most three decimals (a sign is refused: `Int` alone would read
    /// `-0.5` as 500).
    package static func parsePermille(_ text: String) -> Int? {
        let parts = TextNormalisation.asciiDigits(text).trimmingCharacters(in: .whitespaces)
            .split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let whole = parts.first, !whole.isEmpty, whole.count <= 6,
            whole.allSatisfy({ $0.isASCII && $0.isNumber }), let units = Int(whole)
        else { return nil }
        var fraction = parts.count == 2 ? String(parts[1]) : ""
        guard fraction.count <= 3, fraction.allSatisfy({ $0.isASCII && $0.isNumber }),
            parts.count == 1 || !fraction.isEmpty
        else { return nil }
        while fraction.count < 3 { fraction += "0" }
        guard let thousandths = Int(fraction) else { return nil }
        return units * 1000 + thousandths
    }

    /// `32.01,120.86`, also with a full-width comma or spaces, as people paste it from a map.
    package static func parsePoint(_ text: String) -> GeoPoint? {
        let normalised = TextNormalisation.asciiDigits(text).replacingOccurrences(of: "，", with: ",")
        let parts = normalised.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count == 2, let lat = Double(parts[0]), let lon = Double(parts[1]),
            (-90...90).contains(lat), (-180...180).contains(lon)
        else { return nil }
        return GeoPoint(lat: lat, lon: lon)
    }
}
