/// 托育班级: one childcare class of an outlet (国卫人口发〔2019〕58号 sets each type's size limit and
/// carer ratio; those are rules, not constraints here).
public struct ChildcareClass: Codable, Sendable, Equatable {
    /// 班型
    public var type: ClassType
    /// 额定托位 (places).
    public var capacity: Int
    /// 在托人数 (children enrolled).
    public var enrolled: Int
    /// 保育人员 (carers assigned).
    public var carers: Int

    public init(type: ClassType, capacity: Int, enrolled: Int, carers: Int) {
        self.type = type
        self.capacity = capacity
        self.enrolled = enrolled
        self.carers = carers
    }
}
