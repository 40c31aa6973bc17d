/// 照护等级: the elder-care level a price applies to.
public enum CareLevel: String, RegistryEnum {
    /// 自理
    case selfCare = "self_care"
    /// 半失能
    case partlyDisabled = "partly_disabled"
    /// 失能
    case disabled

    public static var valueName: LocalizedText { LocalizedText(zh: "照护等级", en: "care level") }

    public var nameZH: String {
        switch self {
        case .selfCare: "自理"
        case .partlyDisabled: "半失能"
        case .disabled: "失能"
        }
    }

    public var nameEN: String {
        switch self {
        case .selfCare: "self-care"
        case .partlyDisabled: "partly disabled"
        case .disabled: "disabled"
        }
    }
}
