/// 运营状态: whether an outlet is operating. Independent of its recognition (认定) status.
public enum OutletStatus: String, RegistryEnum {
    /// 运营中
    case operating
    /// 暂停运营
    case suspended
    /// 已关闭
    case closed

    public static var valueName: LocalizedText { LocalizedText(zh: "运营状态", en: "status") }

    public var nameZH: String {
        switch self {
        case .operating: "运营中"
        case .suspended: "暂停运营"
        case .closed: "已关闭"
        }
    }

    public var nameEN: String {
        switch self {
        case .operating: "operating"
        case .suspended: "suspended"
        case .closed: "closed"
        }
    }
}
