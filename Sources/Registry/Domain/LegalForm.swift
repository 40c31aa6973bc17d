/// 组织形式: the legal form of an operator, as its USCC's category usually shows (`52` 民办非企业单位,
/// `91` enterprise, `12` 事业单位).
public enum LegalForm: String, RegistryEnum {
    /// 民办非企业单位
    case privateNonEnterprise = "private_non_enterprise"
    /// 企业
    case enterprise
    /// 事业单位
    case publicInstitution = "public_institution"
    /// 社会团体
    case socialOrganisation = "social_organisation"
    /// 其他
    case other

    public static var valueName: LocalizedText { LocalizedText(zh: "法人类型", en: "legal form") }

    public var nameZH: String {
        switch self {
        case .privateNonEnterprise: "民办非企业单位"
        case .enterprise: "企业"
        case .publicInstitution: "事业单位"
        case .socialOrganisation: "社会团体"
        case .other: "其他"
        }
    }

    public var nameEN: String {
        switch self {
        case .privateNonEnterprise: "private non-enterprise unit"
        case .enterprise: "enterprise"
        case .publicInstitution: "public institution"
        case .socialOrganisation: "social organisation"
        case .other: "other"
        }
    }
}
