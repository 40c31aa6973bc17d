import PuhuiOutput
import Registry

/// One target as a horizontal bar chart: a bar per area (the city first), each labelled with
/// the value `stats` prints, coloured by status, with the target as a dashed line. Each bar
/// carries `data-area`, `data-measure` and `data-value` (the scaled integer of
/// `stats --format json`), so a test can check the picture against the figures.
struct ReportTargetChart {
    let measure: TargetMeasure
    let areas: [AreaStatistics]
    let lang: Language

    let labelWidth = 190.0
    let plotWidth = 620.0
    let rowHeight = 26.0
    let top = 30.0

    static func colour(_ status: TargetStatus) -> String {
        switch status {
        case .met: "#2f9e44"
        case .notMet: "#e03131"
        case .cityTarget: "#748ffc"
        case .noData: "#ced4da"
        }
    }

    func render() -> String {
        let figures = areas.compactMap { area in area.figure(measure).map { (area, $0) } }
        guard let first = figures.first?.1 else { return "" }
        let target = first.target
        let largest = max(target, figures.compactMap { $0.1.value }.max() ?? 0, 1)
        let scale = plotWidth / (Double(largest) * 1.08)
        let height = top + Double(figures.count) * rowHeight + 12
        let width = labelWidth + plotWidth + 90
        var svg: [String] = [
            "<svg class=\"chart\" viewBox=\"0 0 \(HTMLText.number(width)) \(HTMLText.number(height))\" role=\"img\" aria-label=\"\(HTMLText.escape(TargetWords.name(measure, lang)))\">"
        ]
        for (row, (area, figure)) in figures.enumerated() {
            let y = top + Double(row) * rowHeight
            let valueText = TargetWords.value(figure)
            let barWidth = Double(max(0, figure.value ?? 0)) * scale
            svg.append(
                "<g class=\"bar\" data-area=\"\(HTMLText.escape(area.code))\" data-measure=\"\(measure.rawValue)\" data-value=\"\(figure.value.map(String.init) ?? "")\" data-status=\"\(figure.status.rawValue)\">"
            )
            svg.append(
                "<text class=\"area\" x=\"\(HTMLText.number(labelWidth - 8))\" y=\"\(HTMLText.number(y + 17))\" text-anchor=\"end\">\(HTMLText.escape(TargetWords.area(area, lang)))</text>"
            )
            svg.append(
                "<rect x=\"\(HTMLText.number(labelWidth))\" y=\"\(HTMLText.number(y + 4))\" width=\"\(HTMLText.number(barWidth))\" height=\"\(HTMLText.number(rowHeight - 8))\" fill=\"\(Self.colour(figure.status))\"/>"
            )
            svg.append(
                "<text class=\"value\" x=\"\(HTMLText.number(labelWidth + barWidth + 6))\" y=\"\(HTMLText.number(y + 17))\">\(HTMLText.escape(valueText))</text>"
            )
            svg.append("</g>")
        }
        let targetX = labelWidth + Double(target) * scale
        svg.append(
            "<line class=\"target\" x1=\"\(HTMLText.number(targetX))\" x2=\"\(HTMLText.number(targetX))\" y1=\"\(HTMLText.number(top - 6))\" y2=\"\(HTMLText.number(height - 6))\"/>"
        )
        svg.append(
            "<text class=\"target-label\" x=\"\(HTMLText.number(targetX))\" y=\"\(HTMLText.number(top - 12))\" text-anchor=\"middle\">\(HTMLText.escape(lang.t("目标 ", "target ") + TargetWords.target(first)))</text>"
        )
        svg.append("</svg>")
        return svg.joined(separator: "\n")
    }
}
