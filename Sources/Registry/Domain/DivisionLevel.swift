/// 区划层级: the city itself or one of its county-level divisions.
public enum DivisionLevel: String, RegistryEnum {
    /// 市
    case city
    /// 县级
    case county

    public static var valueName: LocalizedText { LocalizedText(zh: "区划级别", en: "division level") }

    public var nameZH: String {
        switch self {
        case .city: "市"
        case .county: "县级"
        }
    }

    public var nameEN: String {
        switch self {
        case .city: "city"
        case .county: "county-level"
        }
    }
}
