/// A step of the recognition (认定) workflow, as recorded in `certification_event.action`.
public enum RecognitionAction: String, RegistryEnum {
    /// 导入: the recognition as it stood when it entered the registry (outlets.csv, schema 005).
    case imported
    /// 申请
    case apply
    /// 审核: a verification run is attached.
    case review
    /// 公示
    case notice
    /// 异议: an objection during the public notice.
    case object
    /// 认定通过: the badge is issued.
    case approve
    /// 不予认定
    case reject
    /// 暂停
    case suspend
    /// 恢复
    case reinstate
    /// 撤销: the badge is withdrawn at once.
    case revoke
    /// 复核通过: the validity is extended.
    case renew
    /// 到期: the validity ended without a passed periodic review; the badge is withdrawn.
    case expire
    /// 换发: a lost badge's number is voided and a new one issued.
    case reissue

    public static var valueName: LocalizedText { LocalizedText(zh: "认定步骤", en: "recognition step") }

    public var nameZH: String {
        switch self {
        case .imported: "导入"
        case .apply: "申请"
        case .review: "审核"
        case .notice: "公示"
        case .object: "异议"
        case .approve: "认定通过"
        case .reject: "不予认定"
        case .suspend: "暂停"
        case .reinstate: "恢复"
        case .revoke: "撤销"
        case .renew: "复核通过"
        case .expire: "到期"
        case .reissue: "换发标识"
        }
    }

    public var nameEN: String {
        switch self {
        case .imported: "imported"
        case .apply: "application"
        case .review: "review"
        case .notice: "public notice"
        case .object: "objection"
        case .approve: "approval"
        case .reject: "rejection"
        case .suspend: "suspension"
        case .reinstate: "reinstatement"
        case .revoke: "revocation"
        case .renew: "periodic review passed"
        case .expire: "expiry"
        case .reissue: "badge re-issue"
        }
    }

    /// The `puhui` command that takes this step.
    public var command: String {
        switch self {
        case .imported: "puhui import outlets"
        case .apply: "puhui certify apply"
        case .review: "puhui certify review"
        case .notice: "puhui certify notice"
        case .object: "puhui certify object"
        case .approve: "puhui certify decide --approve"
        case .reject: "puhui certify decide --reject"
        case .suspend: "puhui certify suspend"
        case .reinstate: "puhui certify reinstate"
        case .revoke: "puhui certify revoke"
        case .renew: "puhui certify renew"
        case .expire: "puhui certify expire"
        case .reissue: "puhui badge reissue"
        }
    }
}
