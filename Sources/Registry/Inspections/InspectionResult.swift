/// The result of an on-site inspection (现场检查).
public enum InspectionResult: String, RegistryEnum {
    /// 合格
    case pass
    /// 限期整改
    case rectify
    /// 不合格
    case fail

    public static var valueName: LocalizedText { LocalizedText(zh: "检查结果", en: "inspection result") }

    public var nameZH: String {
        switch self {
        case .pass: "合格"
        case .rectify: "限期整改"
        case .fail: "不合格"
        }
    }

    public var nameEN: String {
        switch self {
        case .pass: "pass"
        case .rectify: "rectify within a deadline"
        case .fail: "fail"
        }
    }
}
