/// 街道或镇: a street (街道) or town (镇) within a county-level division.
public enum SubdistrictKind: String, RegistryEnum {
    /// 街道
    case street
    /// 镇
    case town

    public static var valueName: LocalizedText { LocalizedText(zh: "街镇类型", en: "subdistrict kind") }

    public var nameZH: String {
        switch self {
        case .street: "街道"
        case .town: "镇"
        }
    }

    public var nameEN: String {
        switch self {
        case .street: "street"
        case .town: "town"
        }
    }
}
