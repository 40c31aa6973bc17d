/// 行政区划: the city or one of its county-level divisions (GB/T 2260), with its census population.
public struct Division: Codable, Sendable, Equatable {
    /// Six-digit code, e.g. `320613`.
    public var code: String
    /// 名称, e.g. 崇川区.
    public var name: String
    /// English name, e.g. Chongchuan District.
    public var nameEN: String
    public var level: DivisionLevel
    /// The city's code for a county-level division.
    public var parentCode: String?
    /// 常住人口 (residents).
    public var population: Int?
    /// Where the population comes from (e.g. the 2020 census).
    public var populationSource: String?
    public var centreLat: Double?
    public var centreLon: Double?

    public init(
        code: String, name: String, nameEN: String, level: DivisionLevel, parentCode: String? = nil,
        population: Int? = nil, populationSource: String? = nil, centreLat: Double? = nil, centreLon: Double? = nil
    ) {
        self.code = code
        self.name = name
        self.nameEN = nameEN
        self.level = level
        self.parentCode = parentCode
        self.population = population
        self.populationSource = populationSource
        self.centreLat = centreLat
        self.centreLon = centreLon
    }
}
