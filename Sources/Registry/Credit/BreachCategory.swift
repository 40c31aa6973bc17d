/// The kind of a credit breach (失信行为). The first eight are the blacklist grounds of
/// 民发〔2019〕103号 (DOMAIN.md, "Elder care"); the rest break a term of the credit pledge.
/// Which categories put the operator on the blacklist, and for how long, is the rule set's
/// parameter (`credit_blacklist_categories`, `credit_blacklist_min_months`), not this list.
public enum BreachCategory: String, RegistryEnum {
    /// 侵害老年人（服务对象）合法权益
    case harmingRights = "harming_rights"
    /// 非法集资、欺诈老年人
    case fraudFundraising = "fraud_fundraising"
    /// 存在重大火灾隐患拒不整改
    case fireHazard = "fire_hazard"
    /// 对安全责任事故负有责任
    case safetyAccident = "safety_accident"
    /// 骗取补贴资金
    case subsidyFraud = "subsidy_fraud"
    /// 拒绝、阻碍监督检查
    case obstructingInspection = "obstructing_inspection"
    /// 未按规定报送年度报告
    case noAnnualReport = "no_annual_report"
    /// 被列为失信被执行人
    case courtDefaulter = "court_defaulter"
    /// 超出公示价格或公示项目收费
    case priceOvercharge = "price_overcharge"
    /// 服务不达标
    case serviceStandard = "service_standard"
    /// 提供虚假信息
    case falseInformation = "false_information"
    /// 其他违诺行为
    case other

    public static var valueName: LocalizedText { LocalizedText(zh: "失信类别", en: "breach category") }

    public var nameZH: String {
        switch self {
        case .harmingRights: "侵害服务对象合法权益"
        case .fraudFundraising: "非法集资、欺诈老年人"
        case .fireHazard: "重大火灾隐患拒不整改"
        case .safetyAccident: "对安全责任事故负有责任"
        case .subsidyFraud: "骗取补贴资金"
        case .obstructingInspection: "拒绝、阻碍监督检查"
        case .noAnnualReport: "未报送年度报告"
        case .courtDefaulter: "失信被执行人"
        case .priceOvercharge: "超出公示价格或项目收费"
        case .serviceStandard: "服务不达标"
        case .falseInformation: "提供虚假信息"
        case .other: "其他违诺行为"
        }
    }

    public var nameEN: String {
        switch self {
        case .harmingRights: "harming residents' rights"
        case .fraudFundraising: "illegal fund-raising or fraud"
        case .fireHazard: "unfixed major fire hazard"
        case .safetyAccident: "responsible for a safety accident"
        case .subsidyFraud: "subsidy fraud"
        case .obstructingInspection: "obstructing inspection"
        case .noAnnualReport: "annual report not filed"
        case .courtDefaulter: "court-listed defaulter"
        case .priceOvercharge: "charging above the published prices"
        case .serviceStandard: "service below standard"
        case .falseInformation: "false information"
        case .other: "other breach of the pledge"
        }
    }
}
