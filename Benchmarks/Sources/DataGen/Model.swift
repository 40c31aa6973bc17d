/// The two families of care.
enum Family: Sendable { case elder, childcare }

/// 网点类型: the eight outlet kinds of docs/CSV.md.
enum Kind: Int, CaseIterable, Sendable {
    case elderInstitution, elderCommunityCenter, elderDayCare, elderHomeCareStation
    case childcareInstitution, childcareCommunity, childcareKindergartenClass, childcareFamily

    var id: String {
        switch self {
        case .elderInstitution: "elder_institution"
        case .elderCommunityCenter: "elder_community_center"
        case .elderDayCare: "elder_day_care"
        case .elderHomeCareStation: "elder_home_care_station"
        case .childcareInstitution: "childcare_institution"
        case .childcareCommunity: "childcare_community"
        case .childcareKindergartenClass: "childcare_kindergarten_class"
        case .childcareFamily: "childcare_family"
        }
    }

    var chinese: String {
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

    var family: Family { rawValue < 4 ? .elder : .childcare }

    static func parse(_ text: String) -> Kind? { allCases.first { $0.id == text } }
}

enum CareLevel: Int, CaseIterable, Sendable {
    case selfCare, partlyDisabled, disabled
    var id: String {
        switch self {
        case .selfCare: "self_care"
        case .partlyDisabled: "partly_disabled"
        case .disabled: "disabled"
        }
    }
    static func parse(_ text: String) -> CareLevel? { allCases.first { $0.id == text } }
}

/// 托育班型 with their limits (国卫人口发〔2019〕58号; 混合班's 1:6 is the local parameter [M]).
enum ClassType: Int, CaseIterable, Sendable {
    case infant, toddler, preschool, mixed
    var id: String {
        switch self {
        case .infant: "infant"
        case .toddler: "toddler"
        case .preschool: "preschool"
        case .mixed: "mixed"
        }
    }
    var chinese: String {
        switch self {
        case .infant: "乳儿班"
        case .toddler: "托小班"
        case .preschool: "托大班"
        case .mixed: "混合班"
        }
    }
    /// Largest class allowed.
    var maxSize: Int {
        switch self {
        case .infant: 10
        case .toddler: 15
        case .preschool: 20
        case .mixed: 18
        }
    }
    /// Children per carer at most (1:3, 1:5, 1:7, 1:6).
    var childrenPerCarer: Int {
        switch self {
        case .infant: 3
        case .toddler: 5
        case .preschool: 7
        case .mixed: 6
        }
    }
    /// Carers needed for `children` children.
    func carersNeeded(_ children: Int) -> Int { (children + childrenPerCarer - 1) / childrenPerCarer }

    static func parse(_ text: String) -> ClassType? { allCases.first { $0.id == text } }
}

struct ChildcareClass: Sendable {
    var type: ClassType
    var capacity: Int
    var enrolled: Int
    var carers: Int
}

enum CertStatus: Int, CaseIterable, Sendable {
    case applied, underReview, inNotice, certified, rejected, suspended, revoked, expired
    var id: String {
        switch self {
        case .applied: "applied"
        case .underReview: "under_review"
        case .inNotice: "in_notice"
        case .certified: "certified"
        case .rejected: "rejected"
        case .suspended: "suspended"
        case .revoked: "revoked"
        case .expired: "expired"
        }
    }
    /// Statuses that exist only after a decision to certify: badge and validity required.
    var hasBadge: Bool { self == .certified || self == .suspended || self == .revoked || self == .expired }
    static func parse(_ text: String) -> CertStatus? { allCases.first { $0.id == text } }
}

enum CertLevel: Int, CaseIterable, Sendable {
    case municipal, provincial, provincialDemonstration
    var id: String {
        switch self {
        case .municipal: "municipal"
        case .provincial: "provincial"
        case .provincialDemonstration: "provincial_demonstration"
        }
    }
    static func parse(_ text: String) -> CertLevel? { allCases.first { $0.id == text } }
}

/// Recognition as it stands.
struct Certification: Sendable {
    var level: CertLevel
    var status: CertStatus
    var badge: String?
    var appliedOn: Day?
    var decidedOn: Day?
    var validFrom: Day?
    var validTo: Day?
    var statusOn: Day?
}

/// The rule breaks the sample deliberately contains (issue 4's default rule set must find them).
enum Defect: Int, CaseIterable, Sendable {
    case classOverMaxSize
    case carerRatioBelowMinimum
    case noHealthWorkerAt150
    case fireApprovalMissingOrFuture
    case healthEvaluationMissing
    case leaseShorterThan3Years
    case cctvUnder90Days
    case nursingBedShareLow
    case noInclusivePrice
    case inclusivePriceAboveMarketMedian

    var id: String {
        switch self {
        case .classOverMaxSize: "class_over_max_size"
        case .carerRatioBelowMinimum: "carer_ratio_below_minimum"
        case .noHealthWorkerAt150: "no_health_worker_at_150_children"
        case .fireApprovalMissingOrFuture: "fire_approval_missing_or_future"
        case .healthEvaluationMissing: "health_evaluation_missing"
        case .leaseShorterThan3Years: "lease_shorter_than_3_years"
        case .cctvUnder90Days: "cctv_retention_under_90_days"
        case .nursingBedShareLow: "nursing_bed_share_below_75_percent"
        case .noInclusivePrice: "no_inclusive_price_published"
        case .inclusivePriceAboveMarketMedian: "inclusive_price_above_market_median"
        }
    }

    var chinese: String {
        switch self {
        case .classOverMaxSize: "班级人数超过班型上限"
        case .carerRatioBelowMinimum: "保育人员配比不足"
        case .noHealthWorkerAt150: "收托150人及以上未配专职卫生保健人员"
        case .fireApprovalMissingOrFuture: "消防审验缺失或日期晚于核验日"
        case .healthEvaluationMissing: "托育机构缺卫生评价"
        case .leaseShorterThan3Years: "场地租期不足3年"
        case .cctvUnder90Days: "监控录像保存不足90天"
        case .nursingBedShareLow: "养老机构护理型床位占比远低于75%"
        case .noInclusivePrice: "普惠网点未公示普惠价格"
        case .inclusivePriceAboveMarketMedian: "普惠价格高于当地市场中位价"
        }
    }
}

/// 运营主体.
struct OperatorRecord: Sendable {
    var uscc: String
    var name: String
    var legalForm: String
    var legalRepresentative: String
    var phone: String
    var address: String
    var overrideReason: String
}

/// 网点, as written to outlets.csv.
struct OutletRecord: Sendable {
    var id: String
    var operatorUSCC: String
    var name: String
    var kind: Kind
    var inclusive: Bool
    var districtCode: String
    var subdistrict: String
    var address: String
    var latE6: Int
    var lonE6: Int
    var phone: String
    var openedOn: Day?
    var status: String = "operating"
    var beds: Int?
    var nursingBeds: Int?
    var staffTotal: Int?
    var staffCarers: Int?
    var staffHealthFulltime: Int?
    var floorArea: Int?
    var outdoorArea: Int?
    var tenure: String?
    var leaseFrom: Day?
    var leaseTo: Day?
    var filingNo: String?
    var filingOn: Day?
    var filingCancelledOn: Day?
    var fireApprovalNo: String?
    var fireApprovedOn: Day?
    var healthEvaluationOn: Day?
    var cctvDays: Int?
    var starRating: Int?
    var predecessorId: String?
    var classes: [ChildcareClass] = []
    var certification: Certification?

    init(
        id: String, operatorUSCC: String, name: String, kind: Kind, inclusive: Bool, districtCode: String,
        subdistrict: String, address: String, latE6: Int, lonE6: Int, phone: String
    ) {
        self.id = id
        self.operatorUSCC = operatorUSCC
        self.name = name
        self.kind = kind
        self.inclusive = inclusive
        self.districtCode = districtCode
        self.subdistrict = subdistrict
        self.address = address
        self.latE6 = latE6
        self.lonE6 = lonE6
        self.phone = phone
    }
}

/// One published price row.
struct PriceRecord: Sendable {
    var outletId: String
    var item: String
    var careLevel: CareLevel?
    var ageClass: ClassType?
    var unit: String
    var amountFen: Int
    var effectiveFrom: Day
    var effectiveTo: Day?
    var inclusive: Bool
}
