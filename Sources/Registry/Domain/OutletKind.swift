/// 网点类型: the kind of an outlet. Raw values are stable identifiers stored in the registry and
/// used in files; `number` is the kind's fixed number in the schema's `outlet_kind_number`
/// (1–4 elder care, 5–8 childcare), the third dimension of the nearby-search index.
public enum OutletKind: String, RegistryEnum {
    /// 养老机构
    case elderInstitution = "elder_institution"
    /// 社区综合养老服务中心
    case elderCommunityCenter = "elder_community_center"
    /// 日间照料中心
    case elderDayCare = "elder_day_care"
    /// 居家养老服务站
    case elderHomeCareStation = "elder_home_care_station"
    /// 托育机构
    case childcareInstitution = "childcare_institution"
    /// 社区托育点
    case childcareCommunity = "childcare_community"
    /// 幼儿园托班
    case childcareKindergartenClass = "childcare_kindergarten_class"
    /// 家庭托育点
    case childcareFamily = "childcare_family"

    public static var valueName: LocalizedText { LocalizedText(zh: "网点类型", en: "kind") }

    /// Elder care or childcare.
    public var family: CareFamily {
        switch self {
        case .elderInstitution, .elderCommunityCenter, .elderDayCare, .elderHomeCareStation: .elder
        case .childcareInstitution, .childcareCommunity, .childcareKindergartenClass, .childcareFamily: .childcare
        }
    }

    /// The fixed number of the kind (schema table `outlet_kind_number`); never renumbered.
    public var number: Int {
        switch self {
        case .elderInstitution: 1
        case .elderCommunityCenter: 2
        case .elderDayCare: 3
        case .elderHomeCareStation: 4
        case .childcareInstitution: 5
        case .childcareCommunity: 6
        case .childcareKindergartenClass: 7
        case .childcareFamily: 8
        }
    }

    /// The kind with a given fixed number, if any.
    public init?(number: Int) {
        guard let kind = Self.allCases.first(where: { $0.number == number }) else { return nil }
        self = kind
    }

    public var nameZH: String {
        switch self {
        case .elderInstitution: "养老机构"
        case .elderCommunityCenter: "社区综合养老服务中心"
        case .elderDayCare: "日间照料中心"
        case .elderHomeCareStation: "居家养老服务站"
        case .childcareInstitution: "托育机构"
        case .childcareCommunity: "社区托育点"
        case .childcareKindergartenClass: "幼儿园托班"
        case .childcareFamily: "家庭托育点"
        }
    }

    public var nameEN: String {
        switch self {
        case .elderInstitution: "elder-care institution"
        case .elderCommunityCenter: "community elder-care service centre"
        case .elderDayCare: "day-care centre"
        case .elderHomeCareStation: "home-care service station"
        case .childcareInstitution: "childcare institution"
        case .childcareCommunity: "community childcare point"
        case .childcareKindergartenClass: "kindergarten nursery class"
        case .childcareFamily: "family childcare point"
        }
    }
}
