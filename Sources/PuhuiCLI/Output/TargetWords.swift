import PuhuiOutput
import Registry

/// The words for targets in both languages, shared by `stats` and `report --html`.
enum TargetWords {
    static func name(_ measure: TargetMeasure, _ lang: Language) -> String {
        lang.t(measure.nameZH, measure.nameEN)
    }

    static func status(_ status: TargetStatus, _ lang: Language) -> String {
        switch status {
        case .met: lang.t("达标", "met")
        case .notMet: lang.t("未达标", "not met")
        case .noData: lang.t("无数据", "no data")
        case .cityTarget: lang.t("全市目标", "city target")
        }
    }

    /// `≥ 75.0%`, `> 4.50`, `≥ 60`.
    static func target(_ figure: TargetFigure) -> String {
        "\(figure.measure.comparison.symbol) \(figure.measure.unit.text(figure.target))"
    }

    static func value(_ figure: TargetFigure) -> String {
        figure.value.map { figure.measure.unit.text($0) } ?? "—"
    }

    /// The counts a value comes from: `1,234 / 2,000 床`, `3,900 托位 / 1,183,740 人`, `12 家`.
    static func counts(_ figure: TargetFigure, _ lang: Language) -> String {
        let n = Formatting.grouped(UInt64(max(0, figure.numerator)))
        let d = Formatting.grouped(UInt64(max(0, figure.denominator)))
        switch figure.measure {
        case .inclusiveNursingBedShare: return lang.t("\(n) / \(d) 床", "\(n) / \(d) beds")
        case .childcareSlotsPer1000: return lang.t("\(n) 托位 / \(d) 人", "\(n) slots / \(d) residents")
        case .provincialInclusiveChildcare, .provincialDemonstrationChildcare: return lang.t("\(n) 家", "\(n)")
        case .streetsWithElderCentre: return lang.t("\(n) / \(d) 个街道", "\(n) / \(d) streets")
        case .communityChildcareCoverage: return lang.t("\(n) / \(d) 个街道/镇", "\(n) / \(d) 街道/镇")
        }
    }

    static func gap(_ figure: TargetFigure) -> String {
        figure.gap.map { figure.measure.unit.text($0) } ?? "—"
    }

    static func area(_ area: AreaStatistics, _ lang: Language) -> String {
        lang.t(area.name, area.nameEN)
    }
}
