import Registry

/// `stats --format csv`: one row per area and target, then one per area and kind
/// (`certified_outlets` rows, counts only).
struct PlanStatisticsCSV {
    let stats: PlanStatistics

    static let header = [
        "as_of", "area_code", "area_name", "measure", "kind", "numerator", "denominator", "value", "target", "gap",
        "unit", "decimals", "comparison", "scope", "status",
    ]

    func render() -> String {
        var lines = [Self.header.joined(separator: ",")]
        let areas = (stats.city.map { [$0] } ?? []) + stats.districts
        for area in areas {
            for figure in area.figures {
                let unit = figure.measure.unit
                lines.append(
                    line([
                        stats.asOf, area.code, area.name, figure.measure.rawValue, "", String(figure.numerator),
                        String(figure.denominator), figure.value.map(String.init) ?? "", String(figure.target),
                        figure.gap.map(String.init) ?? "", unit.rawValue, String(unit.decimals),
                        figure.measure.comparison.rawValue, figure.measure.scope.rawValue, figure.status.rawValue,
                    ]))
            }
        }
        for area in areas {
            for count in area.certifiedByKind {
                lines.append(
                    line([
                        stats.asOf, area.code, area.name, "certified_outlets", count.kind.rawValue,
                        String(count.certified),
                        "", String(count.certified), "", "", "count", "0", "", "", "",
                    ]))
            }
        }
        return lines.joined(separator: "\n")
    }

    private func line(_ fields: [String]) -> String {
        CSVText.line(fields)
    }
}
