import PuhuiOutput
import Registry

/// `puhui show` as text: labelled lines, then tables of classes and prices.
struct OutletDetailText {
    let record: OutletRecord
    let asOf: LocalDate
    let divisions: [String: Division]
    let lang: Language
    /// Each inclusive price in force against its market benchmark (`puhui show`).
    var comparisons: [(price: Price, comparison: BenchmarkComparison?)] = []
    /// Residents' reviews as of the day (好差评).
    var reviews: ReviewSummary? = nil
    /// The recognition's latest step (puhui certify history lists them all).
    var lastStep: RecognitionEvent? = nil

    func render() -> String {
        let o = record.outlet
        var lines: [(String, String)] = []
        func add(_ zh: String, _ en: String, _ value: String?) {
            guard let value, !value.isEmpty else { return }
            lines.append((lang.t(zh, en), value))
        }
        let district = divisions[o.districtCode].map { lang == .zh ? $0.name : $0.nameEN } ?? o.districtCode
        add("类型", "Kind", "\(o.kind.name(lang)) · \(o.pricing.name(lang))")
        add("状态", "Status", o.status.name(lang))
        add("地址", "Address", o.address)
        add("所在地", "Area", [district, o.subdistrict].compactMap { $0 }.joined(separator: " · "))
        add("坐标", "Coordinates", "\(o.lat), \(o.lon) (WGS-84)")
        add("电话", "Phone", o.phone)
        add("开业日期", "Opened", o.openedOn?.description)
        let op = record.operator
        add("运营主体", "Operator", "\(op.name) · \(op.uscc) · \(op.legalForm.name(lang))")
        add("法定代表人", "Legal representative", op.legalRepresentative)
        add("认定", "Recognition", recognition)
        add("评价", "Reviews", reviews.map { CreditText.reviewSummary($0, lang) })
        add(
            "认定记录", "Last step",
            lastStep.map { step in
                lang.t(
                    "\(step.action.nameZH) \(step.on?.description ?? "-")（\(step.officer)；全部：puhui certify history \(o.id)）",
                    "\(step.action.nameEN) on \(step.on?.description ?? "-") (\(step.officer); all: puhui certify history \(o.id))"
                )
            })
        add(
            "月收费（起）", "Monthly from",
            record.monthlyPrice(on: asOf).map {
                Formatting.monthly($0.value, lang) + lang.t("（普惠价，截至 \(asOf)）", " (inclusive, as of \(asOf))")
            })
        if let beds = o.beds {
            var text = lang.t("\(beds) 张", "\(beds)")
            if let nursing = o.nursingBeds {
                let share = beds > 0 ? " (\(Int((Double(nursing) * 100 / Double(beds)).rounded()))%)" : ""
                text += lang.t("，其中护理型 \(nursing) 张\(share)", ", of which nursing-type \(nursing)\(share)")
            }
            add("床位", "Beds", text)
        }
        add("员工", "Staff", staff)
        add("面积", "Floor area", area)
        add("场地", "Premises", premises)
        add(
            "备案", "Filing",
            dated(o.filingNo, o.filingOn)
                + (o.filingCancelledOn.map { lang.t("（已于 \($0) 注销）", " (cancelled \($0))") } ?? ""))
        add("消防", "Fire safety", dated(o.fireApprovalNo, o.fireApprovedOn))
        add("卫生评价", "Health evaluation", o.healthEvaluationOn?.description)
        add("监控保存", "CCTV kept", o.cctvRetentionDays.map { lang.t("\($0) 天", "\($0) days") })
        add("星级", "Star grade", o.starRating.map { String(repeating: "★", count: $0) })
        add("前身网点", "Predecessor", o.predecessorID)

        let labelWidth = lines.map { DisplayWidth.of($0.0) }.max() ?? 0
        var out = ["\(o.id)  \(o.name)"]
        out += lines.map { DisplayWidth.pad($0.0, to: labelWidth) + "  " + $0.1 }
        if !record.classes.isEmpty {
            out.append("")
            out.append(lang.t("托育班级", "Childcare classes"))
            var table = TextTable([
                .init(title: lang.t("班型", "Class")), .init(title: lang.t("托位", "Places"), rightAligned: true),
                .init(title: lang.t("在托", "Enrolled"), rightAligned: true),
                .init(title: lang.t("保育人员", "Carers"), rightAligned: true),
            ])
            for c in record.classes {
                table.append([c.type.name(lang), String(c.capacity), String(c.enrolled), String(c.carers)])
            }
            out.append(table.render())
        }
        if !record.prices.isEmpty {
            out.append("")
            out.append(lang.t("价格", "Prices"))
            var table = TextTable([
                .init(title: lang.t("项目", "Item")), .init(title: lang.t("级别/班型", "Level/class")),
                .init(title: lang.t("金额", "Amount"), rightAligned: true), .init(title: lang.t("性质", "Type")),
                .init(title: lang.t("生效期间", "In force")),
            ])
            for p in record.prices {
                let level = p.careLevel?.name(lang) ?? p.ageClass?.name(lang) ?? "—"
                let amount = Formatting.yuan(p.amount.value, lang) + "/" + p.unit.name(lang)
                let kind = p.isInclusive ? lang.t("普惠", "inclusive") : lang.t("市场", "market")
                let period =
                    "\(p.effectiveFrom) – \(p.effectiveTo?.description ?? "")"
                    + (p.isInForce(on: asOf) ? "" : lang.t("（不在期内）", " (not in force)"))
                table.append([p.item, level, amount, kind, period])
            }
            out.append(table.render())
        }
        out += BenchmarkComparisonText.lines(comparisons, divisions: divisions, lang: lang)
        return out.joined(separator: "\n")
    }

    private var recognition: String {
        guard let c = record.certification else { return lang.t("未申请认定", "never applied") }
        var parts = [c.level.name(lang), c.status.name(lang)]
        if let badge = c.badgeNo { parts.append(lang.t("统一标识 \(badge)", "badge \(badge)")) }
        if let from = c.validFrom, let to = c.validTo { parts.append("\(from) – \(to)") }
        if c.status == .certified, let to = c.validTo, to < asOf {
            parts.append(lang.t("已过有效期", "past its validity"))
        }
        return parts.joined(separator: " · ")
    }

    private var staff: String? {
        let o = record.outlet
        var parts: [String] = []
        if let n = o.staffTotal { parts.append(lang.t("共 \(n) 人", "\(n) in all")) }
        if let n = o.staffCarers { parts.append(lang.t("护理/保育 \(n) 人", "\(n) carers")) }
        if let n = o.staffHealthFulltime { parts.append(lang.t("专职卫生 \(n) 人", "\(n) full-time health")) }
        return parts.isEmpty ? nil : parts.joined(separator: lang.t("，", ", "))
    }

    private var area: String? {
        let o = record.outlet
        var parts: [String] = []
        if let n = o.floorAreaM2 { parts.append(lang.t("建筑 \(n)㎡", "\(n) m² indoors")) }
        if let n = o.outdoorAreaM2 { parts.append(lang.t("户外 \(n)㎡", "\(n) m² outdoors")) }
        return parts.isEmpty ? nil : parts.joined(separator: lang.t("，", ", "))
    }

    private var premises: String? {
        let o = record.outlet
        guard let tenure = o.premisesTenure else { return nil }
        var text = tenure.name(lang)
        if o.leaseFrom != nil || o.leaseTo != nil {
            text += " \(o.leaseFrom?.description ?? "?") – \(o.leaseTo?.description ?? "?")"
        }
        return text
    }

    private func dated(_ number: String?, _ date: LocalDate?) -> String {
        [number, date.map { "(\($0))" }].compactMap { $0 }.joined(separator: " ")
    }
}
