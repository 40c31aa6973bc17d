/// One outlet in a search result: what a resident needs to choose (where, how far, recognised or
/// not, the inclusive monthly price) and the ids to ask for the whole record (`puhui show`).
///
/// Encodes with the CLI's JSON keys (`district_code`, `distance_m`, `monthly_price_fen`, …).
public struct SearchHit: Sendable, Equatable, Codable {
    /// The outlet's current recognition: the latest `certification` row, whatever its status,
    /// so an all-statuses search can show "suspended" or "expired".
    public struct Certification: Sendable, Equatable, Codable {
        /// `certified`, `suspended`, `revoked`, `expired`, `applied`, …
        public var status: String
        /// `municipal`, `provincial`, `provincial_demonstration`.
        public var level: String
        /// The unified badge number, once one was issued.
        public var badgeNo: String?
        /// Last valid day, `YYYY-MM-DD`.
        public var validTo: String?

        public init(status: String, level: String, badgeNo: String?, validTo: String?) {
            self.status = status
            self.level = level
            self.badgeNo = badgeNo
            self.validTo = validTo
        }

        enum CodingKeys: String, CodingKey {
            case status, level
            case badgeNo = "badge"
            case validTo = "valid_until"
        }
    }

    /// The public, stable outlet id (`outlet.id`).
    public var id: String
    public var name: String
    /// The kind's stable identifier (`childcare_family`, …).
    public var kind: String
    public var districtCode: String
    /// 街道/镇 name, when recorded.
    public var subdistrict: String?
    public var address: String
    /// WGS-84, exactly as stored.
    public var lat: Double
    public var lon: Double
    /// Great-circle distance from the centre in metres, unrounded (round only for display); nil
    /// in a city-wide search.
    public var distanceMetres: Double?
    public var certification: Certification?
    /// The monthly fee (月收费（起）, `MonthlyFee`) on the as-of day, in fen.
    public var monthlyPriceFen: Int?
    /// `inclusive` or `market`.
    public var pricing: String
    public var operatorUSCC: String
    /// The monthly fee against the market (`FeeBenchmark`), when the search compared it: the
    /// run used, fee × 1000 / the market P50 of the fee's cells, the percentile rank (one-part
    /// fees only) and that P50. Nil without a run, an inclusive monthly fee or a usable cell.
    public var benchmarkRun: Int64?
    public var ratioToP50Permille: Int64?
    public var percentileRank: Int64?
    public var marketP50Fen: Int64?

    public init(
        id: String, name: String, kind: String, districtCode: String, subdistrict: String?, address: String,
        lat: Double, lon: Double, distanceMetres: Double?, certification: Certification?,
        monthlyPriceFen: Int?, pricing: String, operatorUSCC: String, benchmarkRun: Int64? = nil,
        ratioToP50Permille: Int64? = nil, percentileRank: Int64? = nil, marketP50Fen: Int64? = nil
    ) {
        self.id = id
        self.name = name
        self.kind = kind
        self.districtCode = districtCode
        self.subdistrict = subdistrict
        self.address = address
        self.lat = lat
        self.lon = lon
        self.distanceMetres = distanceMetres
        self.certification = certification
        self.monthlyPriceFen = monthlyPriceFen
        self.pricing = pricing
        self.operatorUSCC = operatorUSCC
        self.benchmarkRun = benchmarkRun
        self.ratioToP50Permille = ratioToP50Permille
        self.percentileRank = percentileRank
        self.marketP50Fen = marketP50Fen
    }

    /// Fills the market comparison fields from a fee benchmark.
    mutating func setMarket(_ fee: FeeBenchmark?) {
        benchmarkRun = fee?.runID
        ratioToP50Permille = fee?.ratioToP50Permille
        percentileRank = fee?.percentileRank
        marketP50Fen = fee?.p50Fen
    }

    enum CodingKeys: String, CodingKey {
        case id, name, kind
        case districtCode = "district_code"
        case subdistrict, address, lat, lon
        case distanceMetres = "distance_m"
        case certification
        case monthlyPriceFen = "monthly_price_fen"
        case pricing
        case operatorUSCC = "operator_uscc"
        case benchmarkRun = "benchmark_run"
        case ratioToP50Permille = "ratio_to_p50_permille"
        case percentileRank = "percentile_rank"
        case marketP50Fen = "market_p50_fen"
    }
}

// MARK: - Encodable

extension SearchHit {
    /// Writes every key, with `null` for an absent value, so JSON consumers see a stable shape
    /// (`"monthly_price_fen": null` rather than a missing key).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(name, forKey: .name)
        try container.encode(kind, forKey: .kind)
        try container.encode(districtCode, forKey: .districtCode)
        try container.encode(subdistrict, forKey: .subdistrict)
        try container.encode(address, forKey: .address)
        try container.encode(lat, forKey: .lat)
        try container.encode(lon, forKey: .lon)
        try container.encode(distanceMetres, forKey: .distanceMetres)
        try container.encode(certification, forKey: .certification)
        try container.encode(monthlyPriceFen, forKey: .monthlyPriceFen)
        try container.encode(pricing, forKey: .pricing)
        try container.encode(operatorUSCC, forKey: .operatorUSCC)
        try container.encode(benchmarkRun, forKey: .benchmarkRun)
        try container.encode(ratioToP50Permille, forKey: .ratioToP50Permille)
        try container.encode(percentileRank, forKey: .percentileRank)
        try container.encode(marketP50Fen, forKey: .marketP50Fen)
    }
}

extension SearchHit.Certification {
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(status, forKey: .status)
        try container.encode(level, forKey: .level)
        try container.encode(badgeNo, forKey: .badgeNo)
        try container.encode(validTo, forKey: .validTo)
    }
}
