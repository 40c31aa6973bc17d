/// A badge's live status (统一标识状态), computed from its recognition on a day — never stored.
public enum BadgeStatus: String, RegistryEnum {
    /// 有效: the recognition is certified and the day is within the validity.
    case valid
    /// 已暂停
    case suspended
    /// 已撤销
    case revoked
    /// 已过期: recorded as expired, or certified but past the validity's last day.
    case expired
    /// 已作废: the number was replaced by a re-issued badge.
    case void
    /// 尚未生效: the day is before the badge was issued (or its validity began).
    case notYetValid = "not_yet_valid"

    public static var valueName: LocalizedText { LocalizedText(zh: "标识状态", en: "badge status") }

    public var nameZH: String {
        switch self {
        case .valid: "有效"
        case .suspended: "已暂停"
        case .revoked: "已撤销"
        case .expired: "已过期"
        case .void: "已作废"
        case .notYetValid: "尚未生效"
        }
    }

    public var nameEN: String {
        switch self {
        case .valid: "valid"
        case .suspended: "suspended"
        case .revoked: "revoked"
        case .expired: "expired"
        case .void: "void"
        case .notYetValid: "not yet valid"
        }
    }
}
