/// 认定等级: the level at which an outlet is recognised as inclusive (普惠).
public enum CertificationLevel: String, RegistryEnum {
    /// 市级普惠
    case municipal
    /// 省级普惠
    case provincial
    /// 省级示范
    case provincialDemonstration = "provincial_demonstration"

    public static var valueName: LocalizedText { LocalizedText(zh: "认定级别", en: "certification level") }

    public var nameZH: String {
        switch self {
        case .municipal: "市级普惠"
        case .provincial: "省级普惠"
        case .provincialDemonstration: "省级示范"
        }
    }

    public var nameEN: String {
        switch self {
        case .municipal: "municipal"
        case .provincial: "provincial"
        case .provincialDemonstration: "provincial demonstration"
        }
    }
}
