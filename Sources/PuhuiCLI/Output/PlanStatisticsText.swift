import Registry

/// `stats` as tables: one row per area and target, then certified outlets by kind.
struct PlanStatisticsText {
    let stats: PlanStatistics
    let lang: Language

    var areas: [AreaStatistics] { (stats.city.map { [$0] } ?? []) + stats.districts }

    func render() -> String {
        var out: [String] = []
        out.append(
            lang.t(
                "规划目标进展（截至 \(stats.asOf)；目标：\(stats.targetSource.file) 版本 \(stats.targetSource.version)；人口：\(stats.populationSource ?? "—")）",
                "Progress on the plan's targets, as of \(stats.asOf) (targets: \(stats.targetSource.file) version \(stats.targetSource.version); residents: \(stats.populationSource ?? "—"))"
            ))
        var table = TextTable([
            .init(title: lang.t("区域", "Area")),
            .init(title: lang.t("指标", "Target")),
            .init(title: lang.t("计数", "Counts"), rightAligned: true),
            .init(title: lang.t("现值", "Value"), rightAligned: true),
            .init(title: lang.t("目标", "Goal"), rightAligned: true),
            .init(title: lang.t("差距", "Gap"), rightAligned: true),
            .init(title: lang.t("状态", "Status")),
        ])
        for area in areas {
            for figure in area.figures {
                table.append([
                    TargetWords.area(area, lang), TargetWords.name(figure.measure, lang),
                    TargetWords.counts(figure, lang),
                    TargetWords.value(figure), TargetWords.target(figure), TargetWords.gap(figure),
                    TargetWords.status(figure.status, lang),
                ])
            }
        }
        out.append(table.render())
        out.append(lang.t("认定有效的普惠网点（按类型）", "Certified inclusive outlets by kind"))
        var kinds = TextTable(
            [.init(title: lang.t("区域", "Area"))]
                + OutletKind.allCases.map { .init(title: $0.name(lang), rightAligned: true) }
                + [.init(title: lang.t("合计", "Total"), rightAligned: true)])
        for area in areas {
            let counts = area.certifiedByKind.map(\.certified)
            kinds.append([TargetWords.area(area, lang)] + counts.map(String.init) + [String(counts.reduce(0, +))])
        }
        out.append(kinds.render())
        let gaps = areas.filter { !$0.streetsWithoutElderCentre.isEmpty }
        if !gaps.isEmpty {
            out.append(lang.t("尚无社区综合性养老服务中心的街道：", "Streets without a community elder-care centre:"))
            for area in gaps where area.level == .county {
                out.append("  \(TargetWords.area(area, lang))：" + area.streetsWithoutElderCentre.joined(separator: "、"))
            }
        }
        out.append(
            lang.t(
                "覆盖率口径：街道/镇近似中心 \(stats.coverageDistanceM) 米内有运营中的社区托育点即算覆盖（近似，非社区边界；见 docs/STATS.md）。全市目标在区县行只列现值，不判定。",
                "Coverage: a 街道/镇 counts as covered when an operating community childcare outlet lies within \(stats.coverageDistanceM) m of its approximate centre (an approximation, not community boundaries; see docs/STATS.md). City-wide targets are shown, not judged, on district rows."
            ))
        return out.joined(separator: "\n")
    }
}
