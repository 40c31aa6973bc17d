/// 网点: one physical site where services are delivered. 养老 and 托育 filing (备案) is per site, even
/// when one licence covers several sites (一照多址).
public struct Outlet: Codable, Sendable, Equatable {
    /// The stable public identifier: 1–32 of `A-Z a-z 0-9 _ -` (e.g. `NT-0001`).
    public var id: String
    /// The operator's 统一社会信用代码.
    public var operatorUSCC: String
    /// 名称
    public var name: String
    /// 网点类型
    public var kind: OutletKind
    /// Inclusive (普惠) or market-rate.
    public var pricing: PricingModel
    /// County-level division code (GB/T 2260), e.g. `320613`.
    public var districtCode: String
    /// 街道/镇 name within the district.
    public var subdistrict: String?
    /// 地址
    public var address: String
    /// WGS-84 latitude in degrees.
    public var lat: Double
    /// WGS-84 longitude in degrees.
    public var lon: Double
    /// 联系电话
    public var phone: String?
    /// 开业日期
    public var openedOn: LocalDate?
    /// 运营状态
    public var status: OutletStatus
    /// 床位数 (elder care).
    public var beds: Int?
    /// 护理型床位数 among `beds`.
    public var nursingBeds: Int?
    /// 员工总数
    public var staffTotal: Int?
    /// 护理员/保育人员
    public var staffCarers: Int?
    /// 专职卫生保健人员
    public var staffHealthFulltime: Int?
    /// 建筑面积, whole square metres.
    public var floorAreaM2: Int?
    /// 户外活动面积, whole square metres.
    public var outdoorAreaM2: Int?
    /// 场地性质
    public var premisesTenure: PremisesTenure?
    /// 租赁起始日
    public var leaseFrom: LocalDate?
    /// 租赁截止日
    public var leaseTo: LocalDate?
    /// 备案号
    public var filingNo: String?
    /// 备案日期
    public var filingOn: LocalDate?
    /// 备案注销日期
    public var filingCancelledOn: LocalDate?
    /// 消防验收/备案文号
    public var fireApprovalNo: String?
    /// 消防审批日期
    public var fireApprovedOn: LocalDate?
    /// 卫生评价日期 (childcare).
    public var healthEvaluationOn: LocalDate?
    /// 监控录像保存天数
    public var cctvRetentionDays: Int?
    /// 星级 (GB/T 37276-2018), 1–5.
    public var starRating: Int?
    /// The outlet this one re-registers (前身).
    public var predecessorID: String?

    public init(
        id: String, operatorUSCC: String, name: String, kind: OutletKind, pricing: PricingModel = .market,
        districtCode: String, subdistrict: String? = nil, address: String, lat: Double, lon: Double,
        phone: String? = nil, openedOn: LocalDate? = nil, status: OutletStatus = .operating,
        beds: Int? = nil, nursingBeds: Int? = nil, staffTotal: Int? = nil, staffCarers: Int? = nil,
        staffHealthFulltime: Int? = nil, floorAreaM2: Int? = nil, outdoorAreaM2: Int? = nil,
        premisesTenure: PremisesTenure? = nil, leaseFrom: LocalDate? = nil, leaseTo: LocalDate? = nil,
        filingNo: String? = nil, filingOn: LocalDate? = nil, filingCancelledOn: LocalDate? = nil,
        fireApprovalNo: String? = nil, fireApprovedOn: LocalDate? = nil, healthEvaluationOn: LocalDate? = nil,
        cctvRetentionDays: Int? = nil, starRating: Int? = nil, predecessorID: String? = nil
    ) {
        self.id = id
        self.operatorUSCC = operatorUSCC
        self.name = name
        self.kind = kind
        self.pricing = pricing
        self.districtCode = districtCode
        self.subdistrict = subdistrict
        self.address = address
        self.lat = lat
        self.lon = lon
        self.phone = phone
        self.openedOn = openedOn
        self.status = status
        self.beds = beds
        self.nursingBeds = nursingBeds
        self.staffTotal = staffTotal
        self.staffCarers = staffCarers
        self.staffHealthFulltime = staffHealthFulltime
        self.floorAreaM2 = floorAreaM2
        self.outdoorAreaM2 = outdoorAreaM2
        self.premisesTenure = premisesTenure
        self.leaseFrom = leaseFrom
        self.leaseTo = leaseTo
        self.filingNo = filingNo
        self.filingOn = filingOn
        self.filingCancelledOn = filingCancelledOn
        self.fireApprovalNo = fireApprovalNo
        self.fireApprovedOn = fireApprovedOn
        self.healthEvaluationOn = healthEvaluationOn
        self.cctvRetentionDays = cctvRetentionDays
        self.starRating = starRating
        self.predecessorID = predecessorID
    }
}
