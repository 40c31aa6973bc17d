import Foundation
import Registry

/// A badge as text (verify, print) and as JSON, with the same fields.
enum BadgeText {
    /// `puhui badge verify NUMBER` in the reader's language.
    static func verify(_ badge: Badge, _ lang: Language) -> String {
        var lines = [
            lang.t(
                "统一标识 \(badge.number)：\(badge.status.nameZH)（\(badge.status.rawValue)），截至 \(badge.asOf)",
                "Badge \(badge.number): \(badge.status.rawValue), as of \(badge.asOf)")
        ]
        lines += fields(badge, lang)
        if badge.status == .void, let replaced = badge.replacedBy {
            lines.append(
                lang.t(
                    "已换发为 \(replaced)（\(badge.voidReason ?? "")）", "Replaced by \(replaced) (\(badge.voidReason ?? ""))"
                ))
        }
        return lines.joined(separator: "\n")
    }

    static func fields(_ badge: Badge, _ lang: Language) -> [String] {
        let run =
            badge.lastVerificationRun.map { run in
                lang.t(
                    "核验记录 #\(run)（核验日期 \(badge.lastVerificationOn?.description ?? "-")）",
                    "run #\(run) (as of \(badge.lastVerificationOn?.description ?? "-"))")
            } ?? lang.t("无", "none")
        let operatorText = "\(badge.operatorName ?? "-")（\(badge.operatorUSCC)）"
        return [
            lang.t("网点：", "Outlet: ") + "\(badge.outletID) \(badge.outletName)",
            lang.t("地址：", "Address: ") + badge.outletAddress,
            lang.t("运营方：", "Operator: ") + operatorText,
            lang.t("等级：", "Level: ") + badge.level.name(lang),
            lang.t("有效期：", "Valid: ") + "\(badge.validFrom) — \(badge.validTo)",
            lang.t("最近核验：", "Last verification: ") + run,
        ]
    }

    /// The printable badge: both languages, the fields, how to check it, and the signed token.
    static func printable(_ badge: Badge, token: String?) -> String {
        var lines = [
            "南通市普惠养老托育服务 统一标识 / Nantong inclusive care — unified badge",
            "编号 Badge No.: \(badge.number)",
            "网点 Outlet: \(badge.outletID) \(badge.outletName)",
            "地址 Address: \(badge.outletAddress)",
            "运营方 Operator: \(badge.operatorName ?? "-") (\(badge.operatorUSCC))",
            "等级 Level: \(badge.level.nameZH) / \(badge.level.nameEN)",
            "有效期 Valid: \(badge.validFrom) — \(badge.validTo)",
            "状态 Status (\(badge.asOf)): \(badge.status.nameZH) / \(badge.status.rawValue)",
            "最近核验 Last verification: "
                + (badge.lastVerificationRun.map { "#\($0) (\(badge.lastVerificationOn?.description ?? "-"))" } ?? "-"),
            "查验 Check: puhui badge verify \(badge.number)",
        ]
        if let token { lines.append("令牌 Token: \(token)") }
        return lines.joined(separator: "\n")
    }
}
