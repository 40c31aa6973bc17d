import Registry

/// Words about pledges, blacklistings, reviews and inspections shared by their commands and
/// `puhui show`.
enum CreditText {
    /// `#3 信用承诺 · 张伟（法定代表人）2026-12-01 签署 · credit-pledge 第1版`.
    static func pledge(_ pledge: CreditPledge, _ lang: Language) -> String {
        var text = lang.t(
            "#\(pledge.id) \(pledge.kind.nameZH) · \(pledge.signatory)（\(pledge.signatoryRole.nameZH)）\(pledge.signedOn) 签署 · \(pledge.templateID) 第\(pledge.templateVersion)版",
            "#\(pledge.id) \(pledge.kind.nameEN) · \(pledge.signatory) (\(pledge.signatoryRole.nameEN)) signed \(pledge.signedOn) · \(pledge.templateID) v\(pledge.templateVersion)"
        )
        if let withdrawn = pledge.withdrawnOn { text += lang.t("（\(withdrawn) 撤回）", " (withdrawn \(withdrawn))") }
        return text
    }

    /// The periods of a blacklisting: listed, earliest repair, latest end.
    static func periods(_ listing: Blacklisting, _ lang: Language) -> String {
        lang.t(
            "\(listing.listedOn) 列入，\(listing.minimumEnd) 起可申请修复，最迟 \(listing.maximumEnd) 期满移出",
            "listed \(listing.listedOn), repair possible from \(listing.minimumEnd), lapses after \(listing.maximumEnd)"
        )
    }

    /// `4 条，平均 4.3 分，差评 1 条（未整改 1，逾期 0）`.
    static func reviewSummary(_ summary: ReviewSummary, _ lang: Language) -> String {
        guard summary.count > 0 else { return lang.t("暂无评价", "no reviews") }
        let average = summary.averageTenths.map(ReviewSummary.decimal(tenths:)) ?? "—"
        return lang.t(
            "\(summary.count) 条，平均 \(average) 分，差评 \(summary.bad) 条（未整改 \(summary.openBad)，逾期 \(summary.overdueBad)）",
            "\(summary.count), average \(average), bad \(summary.bad) (open \(summary.openBad), overdue \(summary.overdueBad))"
        )
    }

    /// Where a review stands on `date`.
    static func reviewState(_ review: Review, on date: LocalDate, _ lang: Language) -> String {
        guard review.score.isBad else { return "" }
        if let rectified = review.rectifiedOn, rectified <= date {
            return lang.t("已整改 \(rectified)", "rectified \(rectified)")
        }
        let due = review.followUpDue?.description ?? "—"
        if review.isOverdue(on: date) { return lang.t("逾期（期限 \(due)）", "overdue (due \(due))") }
        return lang.t("待整改（期限 \(due)）", "open (due \(due))")
    }

    /// The note when a deadline ran through years the working-day calendar does not cover.
    static func uncoveredNote(_ years: [Int], _ lang: Language) -> String? {
        guard !years.isEmpty else { return nil }
        let list = years.map(String.init).joined(separator: ", ")
        return lang.t(
            "注意：工作日历未收录 \(list) 年的节假日安排，这些年份按周一至周五计算。",
            "note: the working-day calendar has no holiday arrangement for \(list); Monday–Friday were counted there.")
    }
}
