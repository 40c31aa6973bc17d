/// Why a search or a place lookup could not run, in both languages (place names as stored).
public enum SearchError: UserFacingError, Equatable {
    /// The radius is outside `NearbyQuery.radiusRange` (or not a number).
    case radiusOutOfRange(Double)
    /// The centre is not a finite latitude/longitude in range.
    case invalidCentre(GeoPoint)
    /// The as-of date is not an existing `YYYY-MM-DD` day.
    case invalidDate(String)
    /// The "modified since" instant is not `YYYY-MM-DDTHH:MM:SSZ`.
    case invalidTimestamp(String)
    /// A kind number outside 1…8 (`outlet_kind_number`).
    case unknownKindNumber(Int)
    /// An age class other than infant, toddler, preschool, mixed.
    case unknownAgeClass(String)
    /// A negative maximum price.
    case negativePrice(Int)
    /// A negative maximum ratio to the market median (thousandths).
    case negativeRatio(Int)
    /// A negative limit or offset.
    case invalidPaging(limit: Int, offset: Int)
    /// A keyword that is empty once trimmed.
    case emptyKeyword
    /// No 街道/镇 or district has this name; `suggestions` are the closest names, best first.
    case placeNotFound(name: String, suggestions: [String])
    /// Several places have this name; each candidate carries its district.
    case placeAmbiguous(name: String, candidates: [Place])
}

// MARK: - UserFacingError

extension SearchError: CustomStringConvertible {
    public var message: LocalizedText {
        switch self {
        case .radiusOutOfRange(let radius):
            let low = Int(NearbyQuery.radiusRange.lowerBound)
            let high = Int(NearbyQuery.radiusRange.upperBound)
            return LocalizedText(
                zh: "半径 \(radius) 米超出可用范围（\(low)–\(high) 米）",
                en: "radius \(radius) m is outside the accepted range \(low)–\(high) m")
        case .invalidCentre(let point):
            return LocalizedText(
                zh: "中心点 \(point.lat),\(point.lon) 不是有效的纬度,经度",
                en: "centre \(point.lat),\(point.lon) is not a valid latitude,longitude")
        case .invalidDate(let text):
            return LocalizedText(
                zh: "查询日期“\(text)”不是存在的日期（YYYY-MM-DD）",
                en: "as-of date \"\(text)\" is not an existing YYYY-MM-DD day")
        case .invalidTimestamp(let text):
            return LocalizedText(
                zh: "修改时间“\(text)”不是有效的 UTC 时刻（YYYY-MM-DDTHH:MM:SSZ）",
                en: "modified-since time \"\(text)\" is not a valid UTC instant YYYY-MM-DDTHH:MM:SSZ")
        case .unknownKindNumber(let number):
            return LocalizedText(zh: "类型编号 \(number) 不在 1–8 之内", en: "kind number \(number) is not one of 1–8")
        case .unknownAgeClass(let text):
            let valid = NearbyQuery.ageClasses.joined(separator: ", ")
            return LocalizedText(
                zh: "班级“\(text)”无效（可用：\(valid)）", en: "age class \"\(text)\" is not one of \(valid)")
        case .negativePrice(let fen):
            return LocalizedText(zh: "最高价格 \(fen) 分不能为负", en: "maximum price \(fen) fen is negative")
        case .negativeRatio(let permille):
            return LocalizedText(
                zh: "与市场中位价之比上限 \(permille)‰ 不能为负",
                en: "maximum ratio to the market median \(permille)‰ is negative")
        case .invalidPaging(let limit, let offset):
            return LocalizedText(
                zh: "条数（\(limit)）和偏移（\(offset)）不能为负",
                en: "limit (\(limit)) and offset (\(offset)) must not be negative")
        case .emptyKeyword:
            return LocalizedText(zh: "关键词为空", en: "the keyword is empty")
        case .placeNotFound(let name, let suggestions):
            return suggestions.isEmpty
                ? LocalizedText(
                    zh: "没有叫“\(name)”的街道、镇或区县", en: "no subdistrict, town or district is called \"\(name)\"")
                : LocalizedText(
                    zh: "没有叫“\(name)”的街道、镇或区县；您是不是要找：\(suggestions.joined(separator: "、"))",
                    en:
                        "no subdistrict, town or district is called \"\(name)\"; did you mean \(suggestions.joined(separator: ", "))?"
                )
        case .placeAmbiguous(let name, let candidates):
            return LocalizedText(
                zh: "“\(name)”有多处：\(candidates.map(\.qualifiedName).joined(separator: "、"))。请写全称，或用 --near。",
                en:
                    "\"\(name)\" is ambiguous: \(candidates.map(\.qualifiedName).joined(separator: ", ")); give the full name or use --near"
            )
        }
    }

    /// A place that does not exist is not found; anything else is a query the search cannot take.
    public var kind: FailureKind {
        if case .placeNotFound = self { return .notFound }
        return .usage
    }

    public var description: String { message.en }
}
