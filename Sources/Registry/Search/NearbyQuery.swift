import Foundation

/// What a resident (or officer) asks the nearby search: a centre and radius, filters, the day the
/// answer is for, and a page.
///
/// Kinds are given by their fixed numbers (`outlet_kind_number`: 1–4 elder care, 5–8 childcare,
/// `OutletKind.number`), so the search can hand a contiguous set straight to the R*Tree's third
/// dimension. The as-of day is always explicit: the search never reads the clock, so a result is
/// reproducible and tests can pin the boundary days.
public struct NearbyQuery: Sendable, Equatable {
    /// Accepted radii in metres: 50 m is the smallest meaningful walk, 50 km spans any district.
    public static let radiusRange: ClosedRange<Double> = 50...50_000
    /// 一刻钟便民生活圈: a 15-minute walk, about 1 km.
    public static let defaultRadius = 1_000.0
    public static let defaultLimit = 20
    /// `childcare_class.class_type` values: 乳儿班, 托小班, 托大班, 混合班.
    public static let ageClasses = ["infant", "toddler", "preschool", "mixed"]

    /// WGS-84 centre. Nil: a city-wide search (e.g. by keyword), sorted by id, without distances.
    public var centre: GeoPoint?
    /// Radius in metres; an outlet exactly on the circle is included (`distance <= radius`).
    public var radius: Double
    /// Kind numbers 1–8 to keep; empty keeps every kind.
    public var kindNumbers: Set<Int>
    /// Keep childcare outlets that have a class of this type (`NearbyQuery.ageClasses`).
    public var ageClass: String?
    /// Keep outlets whose monthly fee (`MonthlyFee`: unlevelled inclusive monthly items plus the
    /// cheapest levelled one, in force on `asOf`) is at most this many fen. Outlets without one
    /// are left out.
    public var maxMonthlyPriceFen: Int?
    /// Keep outlets with a free place: a childcare class with `enrolled < capacity` (of the
    /// `ageClass` type, when one is given). The registry records no bed occupancy, so elder-care
    /// outlets' vacancy is unknown and they are left out when this is set.
    public var vacancyOnly: Bool
    /// Name or address contains this text (NFC-normalised; 1–2 character queries work too).
    public var keyword: String?
    /// False (the resident default): only outlets whose current recognition is `certified` and
    /// valid on `asOf`. True: every outlet, market-rate ones included.
    public var allStatuses: Bool
    /// The day the answer is for, `YYYY-MM-DD`: certification validity and prices in force.
    public var asOf: String
    /// Page size and start, over results sorted by distance then id (by id without a centre).
    public var limit: Int
    public var offset: Int
    /// `distance` (the default; by id without a centre) or `price`: the monthly fee ascending,
    /// outlets without one last, ties in the default order.
    public var sort: SearchSort
    /// Keep outlets whose monthly fee is at most this many thousandths of the market P50 of its
    /// cells (`FeeBenchmark`, the latest run on or before `asOf`); outlets without a comparison
    /// are left out and counted.
    public var maxRatioPermille: Int?
    /// Compare each hit of the page with the market (the `SearchHit` benchmark fields).
    public var compareWithMarket: Bool
    /// Keep outlets changed at or after this instant, `YYYY-MM-DDTHH:MM:SSZ` (UTC, the audit
    /// log's form): an audit entry for the outlet itself, its recognition or one of its prices
    /// at or after it (HSDS `modified_after`). What changed is read from the audit chain, not
    /// from `outlet.updated_at`, which a price or a recognition step does not touch.
    public var modifiedSince: String?

    public init(
        centre: GeoPoint? = nil,
        radius: Double = NearbyQuery.defaultRadius,
        kindNumbers: Set<Int> = [],
        ageClass: String? = nil,
        maxMonthlyPriceFen: Int? = nil,
        vacancyOnly: Bool = false,
        keyword: String? = nil,
        allStatuses: Bool = false,
        asOf: String,
        limit: Int = NearbyQuery.defaultLimit,
        offset: Int = 0,
        sort: SearchSort = .distance,
        maxRatioPermille: Int? = nil,
        compareWithMarket: Bool = false,
        modifiedSince: String? = nil
    ) {
        self.centre = centre
        self.radius = radius
        self.kindNumbers = kindNumbers
        self.ageClass = ageClass
        self.maxMonthlyPriceFen = maxMonthlyPriceFen
        self.vacancyOnly = vacancyOnly
        self.keyword = keyword
        self.allStatuses = allStatuses
        self.asOf = asOf
        self.limit = limit
        self.offset = offset
        self.sort = sort
        self.maxRatioPermille = maxRatioPermille
        self.compareWithMarket = compareWithMarket
        self.modifiedSince = modifiedSince
    }

    /// Checks every field; the first problem is thrown.
    public func validate() throws(SearchError) {
        if let centre {
            guard centre.isValid else { throw .invalidCentre(centre) }
            guard radius.isFinite, Self.radiusRange.contains(radius) else { throw .radiusOutOfRange(radius) }
        }
        if let bad = kindNumbers.sorted().first(where: { !(1...8).contains($0) }) {
            throw .unknownKindNumber(bad)
        }
        if let ageClass, !Self.ageClasses.contains(ageClass) { throw .unknownAgeClass(ageClass) }
        if let maxMonthlyPriceFen, maxMonthlyPriceFen < 0 { throw .negativePrice(maxMonthlyPriceFen) }
        if let maxRatioPermille, maxRatioPermille < 0 { throw .negativeRatio(maxRatioPermille) }
        guard limit >= 0, offset >= 0 else { throw .invalidPaging(limit: limit, offset: offset) }
        if keyword != nil, normalizedKeyword == nil { throw .emptyKeyword }
        guard Self.isCalendarDate(asOf) else { throw .invalidDate(asOf) }
        if let modifiedSince, !Self.isAuditTimestamp(modifiedSince) { throw .invalidTimestamp(modifiedSince) }
    }

    /// Whether `text` is `YYYY-MM-DDTHH:MM:SSZ` with an existing day and time (the audit log's
    /// form, so string comparison against `audit_log.at` is time comparison).
    static func isAuditTimestamp(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count == 20, bytes[10] == UInt8(ascii: "T"), bytes[13] == UInt8(ascii: ":"),
            bytes[16] == UInt8(ascii: ":"), bytes[19] == UInt8(ascii: "Z"), isCalendarDate(String(text.prefix(10)))
        else { return false }
        func number(_ range: Range<Int>) -> Int? {
            let digits = bytes[range]
            guard digits.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) else { return nil }
            return digits.reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
        }
        guard let hour = number(11..<13), let minute = number(14..<16), let second = number(17..<19) else {
            return false
        }
        return hour < 24 && minute < 60 && second < 60
    }

    /// The keyword as the database compares it: trimmed and in Unicode NFC (SQLite compares
    /// bytes, and stored text is NFC), or nil when there is none.
    var normalizedKeyword: String? {
        guard let keyword else { return nil }
        let text = keyword.trimmingCharacters(in: .whitespacesAndNewlines).precomposedStringWithCanonicalMapping
        return text.isEmpty ? nil : text
    }

    /// Whether `text` is an existing day written `YYYY-MM-DD` (the registry's legal-date form, so
    /// string comparison against stored dates is date comparison).
    static func isCalendarDate(_ text: String) -> Bool {
        (try? LocalDate(parsing: text)) != nil
    }
}
