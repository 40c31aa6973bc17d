/// 认定状态: where an outlet's recognition (认定) stands. `certified`, `suspended`, `revoked` and
/// `expired` have a badge (统一标识) and a validity period.
public enum CertificationStatus: String, RegistryEnum {
    /// 已申请
    case applied
    /// 审核中
    case underReview = "under_review"
    /// 公示中
    case inNotice = "in_notice"
    /// 已认定
    case certified
    /// 未通过
    case rejected
    /// 已暂停
    case suspended
    /// 已撤销
    case revoked
    /// 已过期
    case expired

    public static var valueName: LocalizedText { LocalizedText(zh: "认定状态", en: "certification status") }

    public var nameZH: String {
        switch self {
        case .applied: "已申请"
        case .underReview: "审核中"
        case .inNotice: "公示中"
        case .certified: "已认定"
        case .rejected: "未通过"
        case .suspended: "已暂停"
        case .revoked: "已撤销"
        case .expired: "已过期"
        }
    }

    public var nameEN: String {
        switch self {
        case .applied: "applied"
        case .underReview: "under review"
        case .inNotice: "in public notice"
        case .certified: "certified"
        case .rejected: "rejected"
        case .suspended: "suspended"
        case .revoked: "revoked"
        case .expired: "expired"
        }
    }
}
