import Registry

/// Recognition steps, histories and worklists as text, in the officer's language.
enum RecognitionText {
    /// Each step's result with the next allowed steps.
    static func steps(_ results: [RecognitionStepResult], _ lang: Language) -> String {
        guard !results.isEmpty else { return lang.t("没有需要登记的认定。", "Nothing to record.") }
        return results.map { step($0, lang) }.joined(separator: "\n\n")
    }

    static func step(_ result: RecognitionStepResult, _ lang: Language) -> String {
        let event = result.event
        let c = result.certification
        let from = event.fromStatus.map { status($0, lang) } ?? lang.t("（无）", "(none)")
        var lines = [
            lang.t(
                "网点 \(result.outletID)：\(event.action.nameZH)，\(from) → \(status(event.toStatus, lang))，日期 \(event.on?.description ?? "-")，经办人 \(event.officer)。",
                "Outlet \(result.outletID): \(event.action.nameEN), \(from) → \(status(event.toStatus, lang)), on \(event.on?.description ?? "-"), by \(event.officer)."
            )
        ]
        if let run = result.runID {
            let verdict =
                result.eligible == true
                ? lang.t("无阻断性规则未通过", "no block rule fails")
                : lang.t(
                    "阻断性规则未通过：\(result.failingBlockRules.joined(separator: "、"))",
                    "failing block rules: \(result.failingBlockRules.joined(separator: ", "))")
            lines.append(lang.t("核验记录 #\(run)：\(verdict)。", "Verification run #\(run): \(verdict)."))
        }
        if let last = result.noticeLastDay, let earliest = result.earliestDecision {
            lines.append(
                lang.t(
                    "公示期至 \(last)（含），最早 \(earliest) 作出决定。",
                    "Public notice to \(last) inclusive; decision from \(earliest)."))
        }
        if !result.uncoveredYears.isEmpty {
            let years = result.uncoveredYears.map(String.init)
            lines.append(
                lang.t(
                    "注意：节假日日历未覆盖 \(years.joined(separator: "、")) 年，该年按周一至周五计算（已记入依据）。",
                    "Note: the holiday calendar does not cover \(years.joined(separator: ", ")); those days were counted Monday–Friday (recorded in the basis)."
                ))
        }
        if let voided = result.voidedBadge {
            lines.append(lang.t("原标识 \(voided) 已作废。", "Badge \(voided) is void."))
        }
        if let badge = c.badgeNo, let from = c.validFrom, let to = c.validTo {
            lines.append(
                lang.t(
                    "统一标识 \(badge)，\(c.level.nameZH)，有效期 \(from) 至 \(to)。",
                    "Badge \(badge), \(c.level.nameEN), valid \(from) to \(to)."))
        }
        if !event.basis.isEmpty { lines.append(lang.t("依据：", "Basis: ") + event.basis) }
        // `expire` is offered only once the validity has ended.
        let lapsed = c.validTo.map { to in event.on.map { to < $0 } ?? false } ?? false
        let next = result.next.filter { $0 != .expire || lapsed }.map { action -> String in
            switch action {
            case .expire: action.command
            case .reissue: "\(action.command) \(c.badgeNo ?? "")"
            default: "\(action.command) \(result.outletID)"
            }
        }
        lines.append(
            lang.t("下一步：", "Next: ")
                + (next.isEmpty ? lang.t("无", "none") : next.joined(separator: lang.t("；", "; "))))
        return lines.joined(separator: "\n")
    }

    static func status(_ status: CertificationStatus, _ lang: Language) -> String {
        lang == .zh ? "\(status.nameZH)（\(status.rawValue)）" : status.rawValue
    }

    /// The history table.
    static func history(_ events: [RecognitionEvent], _ lang: Language) -> String {
        var table = TextTable([
            .init(title: "#", rightAligned: true), .init(title: lang.t("认定", "recognition"), rightAligned: true),
            .init(title: lang.t("日期", "on")), .init(title: lang.t("步骤", "step")),
            .init(title: lang.t("状态", "status")), .init(title: lang.t("经办人", "officer")),
            .init(title: lang.t("理由", "reason"), maxWidth: 30), .init(title: lang.t("依据", "basis"), maxWidth: 40),
            .init(title: lang.t("详情", "details"), maxWidth: 40),
        ])
        for event in events {
            let from = event.fromStatus?.rawValue ?? "-"
            table.append([
                String(event.id), String(event.certificationID), event.on?.description ?? "-",
                event.action.name(lang), "\(from) → \(event.toStatus.rawValue)", event.officer, event.reason,
                event.basis + (event.overrideReason.map { lang.t("；放行理由：", "; override: ") + $0 } ?? ""),
                event.details ?? "",
            ])
        }
        return table.render()
    }
}
