import PuhuiOutput
import Registry

/// `puhui report --html`: one self-contained HTML page — inline CSS and SVG, system fonts with
/// CJK fallbacks, no script that runs, no link, no URL fetched — with the map, the targets as
/// bar charts, price ratios per district and kind, the benchmark table, and the figures of
/// `stats --format json` embedded as data. Every text from the registry is escaped.
struct ReportHTML {
    let stats: PlanStatistics
    /// `PlanStatisticsJSON.encode(stats)`: embedded as is (with `<` escaped).
    let statsJSON: String
    let market: MarketReport
    let map: ReportMapSVG
    let divisions: [Division]
    let synthetic: Bool
    let lang: Language

    static let style = """
        :root { color-scheme: light; }
        body { margin: 0 auto; max-width: 1100px; padding: 24px 32px 48px; color: #212529; background: #fff;
          font-family: system-ui, -apple-system, "Segoe UI", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei",
            "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "WenQuanYi Micro Hei", sans-serif;
          font-size: 15px; line-height: 1.5; }
        h1 { font-size: 26px; margin: 0 0 4px; }
        h2 { font-size: 20px; margin: 32px 0 8px; border-bottom: 2px solid #dee2e6; padding-bottom: 4px; }
        h3 { font-size: 16px; margin: 20px 0 4px; }
        .meta, .note { color: #495057; font-size: 13px; }
        .warning { background: #fff3bf; border: 1px solid #fab005; padding: 6px 10px; border-radius: 4px; }
        table { border-collapse: collapse; margin: 8px 0; font-size: 13px; }
        th, td { border: 1px solid #dee2e6; padding: 4px 8px; text-align: left; vertical-align: top; }
        td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
        th { background: #f1f3f5; }
        .status-met { color: #2f9e44; font-weight: 600; }
        .status-not_met { color: #e03131; font-weight: 600; }
        .status-city_target, .status-no_data { color: #868e96; }
        svg { display: block; max-width: 100%; height: auto; }
        svg text { font-family: inherit; font-size: 13px; fill: #212529; }
        .map { border: 1px solid #ced4da; }
        .map-bg { fill: #f8f9fa; }
        .grid { stroke: #e9ecef; stroke-width: 1; }
        .grid-label { font-size: 10px; fill: #adb5bd; }
        .centre circle { fill: #212529; stroke: #fff; stroke-width: 1.5; }
        .centre text { font-size: 15px; font-weight: 700; paint-order: stroke; stroke: #fff; stroke-width: 4px; }
        .legend .swatch { display: inline-flex; align-items: center; gap: 4px; margin-right: 16px; font-size: 13px; }
        .target { stroke: #212529; stroke-width: 2; stroke-dasharray: 6 4; }
        .target-label { font-size: 12px; font-weight: 600; }
        .value { font-size: 12px; }
        .ratio { text-align: right; font-variant-numeric: tabular-nums; }
        """

    func render() -> String {
        var html: [String] = [
            "<!DOCTYPE html>",
            "<html lang=\"\(lang == .zh ? "zh-CN" : "en")\">",
            "<head>",
            "<meta charset=\"utf-8\">",
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
            "<title>\(HTMLText.escape(title))</title>",
            "<style>\n\(Self.style)\n</style>",
            "</head>",
            "<body>",
            "<h1>\(HTMLText.escape(title))</h1>",
            "<p class=\"meta\">"
                + HTMLText.escape(
                    lang.t(
                        "截至 \(stats.asOf)。目标：\(stats.targetSource.file)（\(stats.targetSource.id) 版本 \(stats.targetSource.version)）；人口：\(stats.populationSource ?? "—")。由 puhui report 生成，数据与 puhui stats --as-of \(stats.asOf) --format json 相同（内嵌于本页）。",
                        "As of \(stats.asOf). Targets: \(stats.targetSource.file) (\(stats.targetSource.id) version \(stats.targetSource.version)); residents: \(stats.populationSource ?? "—"). Made by puhui report; the figures are those of puhui stats --as-of \(stats.asOf) --format json (embedded in this page)."
                    )) + "</p>",
        ]
        if synthetic {
            html.append(
                "<p class=\"warning\">"
                    + HTMLText.escape(
                        lang.t(
                            "此登记库为合成示例数据，机构均为虚构。",
                            "This registry holds synthetic sample data: the outlets are invented.")) + "</p>")
        }
        html += mapSection() + targetSection() + kindSection() + ratioSection() + benchmarkSection() + sourceSection()
        html.append(
            "<script type=\"application/json\" id=\"puhui-stats\">\n\(HTMLText.scriptJSON(statsJSON))\n</script>")
        html += ["</body>", "</html>", ""]
        return html.joined(separator: "\n")
    }

    var title: String { lang.t("南通市普惠养老托育规划目标与价格报告", "Nantong inclusive care: plan targets and prices") }

    var areas: [AreaStatistics] { (stats.city.map { [$0] } ?? []) + stats.districts }

    func divisionName(_ code: String?) -> String {
        guard let code else { return lang.t("全市", "City") }
        return divisions.first { $0.code == code }.map { lang.t($0.name, $0.nameEN) } ?? code
    }

    // MARK: - Sections

    func mapSection() -> [String] {
        let certified = map.outlets.filter(\.certified).count
        return [
            "<h2>\(HTMLText.escape(lang.t("网点分布", "Where the outlets are")))</h2>",
            "<p class=\"note\">"
                + HTMLText.escape(
                    lang.t(
                        "共 \(map.outlets.count) 个网点，其中 \(certified) 个在 \(stats.asOf) 认定有效。等距圆柱投影（经度按纬度余弦缩放）；区县以近似中心标注（登记库无行政边界）。",
                        "\(map.outlets.count) outlets, \(certified) certified on \(stats.asOf). Equirectangular projection (longitude scaled by the cosine of latitude); districts are marked by their approximate centres (the registry holds no boundaries)."
                    )) + "</p>",
            map.render(),
            map.legend(),
        ]
    }

    func targetSection() -> [String] {
        var out = ["<h2>\(HTMLText.escape(lang.t("规划目标进展", "Progress on the plan's targets")))</h2>"]
        out.append(
            "<table><tr>"
                + [
                    lang.t("指标", "Target"), lang.t("区域", "Area"), lang.t("计数", "Counts"), lang.t("现值", "Value"),
                    lang.t("目标", "Goal"), lang.t("差距", "Gap"), lang.t("状态", "Status"),
                ]
                .enumerated().map {
                    "<th\($0.offset >= 2 && $0.offset <= 5 ? " class=\"num\"" : "")>\(HTMLText.escape($0.element))</th>"
                }.joined() + "</tr>")
        for area in stats.city.map({ [$0] }) ?? [] {
            for figure in area.figures {
                out.append(
                    "<tr><td>\(HTMLText.escape(TargetWords.name(figure.measure, lang)))</td><td>\(HTMLText.escape(TargetWords.area(area, lang)))</td>"
                        + "<td class=\"num\">\(HTMLText.escape(TargetWords.counts(figure, lang)))</td><td class=\"num\">\(HTMLText.escape(TargetWords.value(figure)))</td>"
                        + "<td class=\"num\">\(HTMLText.escape(TargetWords.target(figure)))</td><td class=\"num\">\(HTMLText.escape(TargetWords.gap(figure)))</td>"
                        + "<td class=\"status-\(figure.status.rawValue)\">\(HTMLText.escape(TargetWords.status(figure.status, lang)))</td></tr>"
                )
            }
        }
        out.append("</table>")
        out.append(
            "<p class=\"note\">"
                + HTMLText.escape(
                    lang.t(
                        "柱色：绿 达标，红 未达标，蓝 全市目标（区县只列现值，不判定），灰 无数据。虚线为目标。覆盖率按街道/镇近似中心 \(stats.coverageDistanceM) 米内有社区托育点计算（近似，见 docs/STATS.md）。",
                        "Bars: green met, red not met, blue a city-wide target (district values shown, not judged), grey no data. The dashed line is the target. Coverage counts a 街道/镇 as covered when a community childcare outlet lies within \(stats.coverageDistanceM) m of its approximate centre (an approximation; docs/STATS.md)."
                    )) + "</p>")
        for measure in TargetMeasure.allCases {
            out.append("<h3>\(HTMLText.escape(TargetWords.name(measure, lang)))</h3>")
            out.append(ReportTargetChart(measure: measure, areas: areas, lang: lang).render())
        }
        return out
    }

    func kindSection() -> [String] {
        var out = [
            "<h2>\(HTMLText.escape(lang.t("认定有效的普惠网点（按类型）", "Certified inclusive outlets by kind")))</h2>",
            "<table><tr><th>\(HTMLText.escape(lang.t("区域", "Area")))</th>"
                + OutletKind.allCases.map { "<th class=\"num\">\(HTMLText.escape($0.name(lang)))</th>" }.joined()
                + "<th class=\"num\">\(HTMLText.escape(lang.t("合计", "Total")))</th></tr>",
        ]
        for area in areas {
            let counts = area.certifiedByKind.map(\.certified)
            out.append(
                "<tr><td>\(HTMLText.escape(TargetWords.area(area, lang)))</td>"
                    + counts.map { "<td class=\"num\">\($0)</td>" }.joined()
                    + "<td class=\"num\">\(counts.reduce(0, +))</td></tr>")
        }
        out.append("</table>")
        return out
    }

    /// Cell colour for a median ratio: green well below the median, amber near it, red above.
    static func ratioColour(_ permille: Int64) -> String {
        switch permille {
        case ..<700: "#d3f9d8"
        case ..<800: "#ebfbee"
        case ..<900: "#fff9db"
        case ..<1000: "#ffe8cc"
        default: "#ffc9c9"
        }
    }

    func ratioSection() -> [String] {
        var out = [
            "<h2>\(HTMLText.escape(lang.t("普惠价格与市场中位价之比（按区县、类型）", "Inclusive fees against the market median, by district and kind")))</h2>"
        ]
        guard let run = market.run else {
            out.append(
                "<p class=\"note\">"
                    + HTMLText.escape(
                        lang.t(
                            "截至 \(stats.asOf) 尚无市场价格基准。计算一次：puhui benchmark compute --officer 工号",
                            "No market benchmark run on or before \(stats.asOf). Make one: puhui benchmark compute --officer ID"
                        )) + "</p>")
            return out
        }
        out.append(
            "<p class=\"note\">"
                + HTMLText.escape(
                    lang.t(
                        "基准第 \(run.id) 次（截止 \(run.asOf)）。每格：认定有效的普惠网点月收费 ÷ 其市场中位价（P50）的中位数，括号内为可比较数 / 网点数。低于 100% 即低于市场中位。",
                        "Benchmark run \(run.id) (cut-off \(run.asOf)). Each cell: the median of certified inclusive outlets' monthly fee ÷ the market median (P50) of its cells; in brackets, compared / outlets. Below 100% is below the market median."
                    )) + "</p>")
        let kinds = OutletKind.allCases.filter { kind in market.ratios.contains { $0.kind == kind } }
        out.append(
            "<table class=\"ratios\"><tr><th>\(HTMLText.escape(lang.t("区域", "Area")))</th>"
                + kinds.map { "<th class=\"num\">\(HTMLText.escape($0.name(lang)))</th>" }.joined() + "</tr>")
        let districts = stats.districts.map(\.code).map(Optional.some) + [nil]
        for district in districts {
            var row = "<tr><td>\(HTMLText.escape(divisionName(district)))</td>"
            for kind in kinds {
                guard let group = market.ratios.first(where: { $0.districtCode == district && $0.kind == kind }) else {
                    row += "<td class=\"ratio\">—</td>"
                    continue
                }
                if let median = group.medianRatioPermille {
                    row +=
                        "<td class=\"ratio\" style=\"background:\(Self.ratioColour(median))\" data-district=\"\(district ?? "city")\" data-kind=\"\(kind.rawValue)\" data-median-permille=\"\(median)\">"
                        + "\(FigureUnit.percent.text(median)) (\(group.compared)/\(group.outlets))</td>"
                } else {
                    row += "<td class=\"ratio\">— (0/\(group.outlets))</td>"
                }
            }
            out.append(row + "</tr>")
        }
        out.append("</table>")
        return out
    }

    func benchmarkSection() -> [String] {
        var out = ["<h2>\(HTMLText.escape(lang.t("市场价格基准（全市）", "Market benchmarks (city)")))</h2>"]
        guard let run = market.run else {
            out.append("<p class=\"note\">" + HTMLText.escape(lang.t("尚无基准。", "No benchmark run yet.")) + "</p>")
            return out
        }
        out.append(
            "<p class=\"note\">"
                + HTMLText.escape(
                    lang.t(
                        "基准第 \(run.id) 次，截止 \(run.asOf)，每格至少 \(run.minOutlets) 家市场化网点；市场化（非普惠）网点价格按床位/托位加权的 P25/P50/P75。各区县的格：puhui benchmark show --run \(run.id) --district 代码。",
                        "Run \(run.id), cut-off \(run.asOf), at least \(run.minOutlets) market outlets a cell; P25/P50/P75 of market (non-inclusive) prices weighted by beds or places. District cells: puhui benchmark show --run \(run.id) --district CODE."
                    )) + "</p>")
        out.append(
            "<table><tr>"
                + [lang.t("类型", "Kind"), lang.t("项目", "Item"), lang.t("等级/班型", "Level/class"), lang.t("单位", "Unit")]
                .map { "<th>\(HTMLText.escape($0))</th>" }.joined()
                + [lang.t("网点", "Outlets"), "P25", "P50", "P75"].map { "<th class=\"num\">\(HTMLText.escape($0))</th>" }
                .joined()
                + "<th>\(HTMLText.escape(lang.t("状态", "Status")))</th></tr>")
        for cell in market.cityCells {
            let level =
                cell.key.level.map { raw in
                    CareLevel(rawValue: raw)?.name(lang) ?? ClassType(rawValue: raw)?.name(lang) ?? raw
                } ?? "—"
            func money(_ fen: Int64?) -> String { fen.map { Formatting.yuan($0, lang) } ?? "—" }
            out.append(
                "<tr><td>\(HTMLText.escape(cell.key.kind.name(lang)))</td><td>\(HTMLText.escape(cell.key.item))</td><td>\(HTMLText.escape(level))</td>"
                    + "<td>\(HTMLText.escape(cell.key.unit.name(lang)))</td><td class=\"num\">\(cell.outlets)</td>"
                    + [cell.p25Fen, cell.p50Fen, cell.p75Fen].map {
                        "<td class=\"num\">\(HTMLText.escape(money($0)))</td>"
                    }.joined()
                    + "<td>\(HTMLText.escape(lang.t(cell.status.nameZH, cell.status.rawValue)))</td></tr>")
        }
        out.append("</table>")
        return out
    }

    func sourceSection() -> [String] {
        var out = [
            "<h2>\(HTMLText.escape(lang.t("目标与依据", "Targets and their basis")))</h2>",
            "<table><tr>"
                + [lang.t("参数", "Parameter"), lang.t("值", "Value"), lang.t("起始", "From"), lang.t("依据", "Basis")].map {
                    "<th>\(HTMLText.escape($0))</th>"
                }.joined() + "</tr>",
        ]
        for threshold in stats.thresholds {
            out.append(
                "<tr><td>\(HTMLText.escape(lang.t(threshold.titleZH, threshold.titleEN)))<br><code>\(HTMLText.escape(threshold.parameter))</code></td>"
                    + "<td class=\"num\">\(threshold.value)</td><td>\(HTMLText.escape(threshold.from))</td><td>\(HTMLText.escape(threshold.basis))</td></tr>"
            )
        }
        out.append("</table>")
        out.append(
            "<p class=\"note\">"
                + HTMLText.escape(
                    lang.t(
                        "口径说明见 docs/STATS.md。认定有效 = 运营中，且最新认定记录为“已认定”并在当日有效期内。",
                        "Definitions: docs/STATS.md. Certified = operating, and the latest recognition is certified and valid on the day."
                    )) + "</p>")
        return out
    }
}
