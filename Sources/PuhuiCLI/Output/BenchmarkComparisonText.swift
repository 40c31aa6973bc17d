import PuhuiOutput
import Registry

/// How `puhui show` presents each inclusive price against its market benchmark (text and JSON).
enum BenchmarkComparisonText {
    /// The lines after the price table: a heading naming the run, then one line per inclusive
    /// price in force. Empty when the outlet has no inclusive price in force.
    static func lines(
        _ comparisons: [(price: Price, comparison: BenchmarkComparison?)], divisions: [String: Division], lang: Language
    ) -> [String] {
        guard !comparisons.isEmpty else { return [] }
        let run = comparisons.lazy.compactMap(\.comparison).first
        var out = [""]
        if let run {
            out.append(
                lang.t(
                    "与市场价格比较（基准第 \(run.runID) 次，截止 \(run.runAsOf)）",
                    "Against the market (benchmark run \(run.runID), cut-off \(run.runAsOf))"))
        } else {
            out.append(lang.t("与市场价格比较", "Against the market"))
            out.append(
                lang.t(
                    "  无可用的市场价格基准：截至该日尚无基准计算，或市场数据不足（puhui benchmark list）。",
                    "  No market benchmark: no run on or before this day, or too few market prices (puhui benchmark list)."
                ))
            return out
        }
        let colon = lang.t("：", ": ")
        for (price, comparison) in comparisons {
            let level = price.careLevel?.name(lang) ?? price.ageClass?.name(lang)
            let label = ([price.item] + (level.map { [$0] } ?? [])).joined(separator: " · ")
            let amount = Formatting.yuan(price.amount.value, lang) + "/" + price.unit.name(lang)
            guard let comparison, let p50 = comparison.cell.p50Fen else {
                out.append(
                    "  \(label) \(amount)\(colon)" + lang.t("市场数据不足，无基准", "too few market prices for a benchmark"))
                continue
            }
            let position = Formatting.marketPosition(percentBelow: comparison.percentBelowMedian, lang)
            let place =
                comparison.pooled
                ? lang.t("全市合并", "city-wide, pooled")
                : comparison.cell.districtCode.map { code in divisions[code].map { lang.t($0.name, $0.nameEN) } ?? code
                } ?? ""
            let rank =
                comparison.percentileRank.map { lang.t("，\($0)% 的市场价格低于它", "; \($0)% of market prices are lower") }
                ?? ""
            out.append(
                "  \(label) \(amount)\(colon)\(position)"
                    + lang.t(
                        "（中位 \(Formatting.yuan(p50, lang))，\(comparison.cell.outlets) 家市场化网点，\(place)\(rank)）",
                        " (median \(Formatting.yuan(p50, lang)), \(comparison.cell.outlets) market outlets, \(place)\(rank))"
                    ))
        }
        return out
    }
}
