/// Why a search or a place lookup could not run. Descriptions are English with the Chinese
/// place names as stored; the CLI may render its own wording from the cases.
public enum SearchError: Error, Sendable, Equatable {
    /// The radius is outside `NearbyQuery.radiusRange` (or not a number).
    case radiusOutOfRange(Double)
    /// The centre is not a finite latitude/longitude in range.
    case invalidCentre(GeoPoint)
    /// The as-of date is not an existing `YYYY-MM-DD` day.
    case invalidDate(String)
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

// MARK: - CustomStringConvertible

extension SearchError: CustomStringConvertible {
    public var description: String {
        switch self {
        case .radiusOutOfRange(let radius):
            "radius \(radius) m is outside the accepted range "
                + "\(Int(NearbyQuery.radiusRange.lowerBound))–\(Int(NearbyQuery.radiusRange.upperBound)) m"
        case .invalidCentre(let point):
            "centre \(point.lat),\(point.lon) is not a valid latitude,longitude"
        case .invalidDate(let text):
            "as-of date \"\(text)\" is not an existing YYYY-MM-DD day"
        case .unknownKindNumber(let number):
            "kind number \(number) is not one of 1–8"
        case .unknownAgeClass(let text):
            "age class \"\(text)\" is not one of \(NearbyQuery.ageClasses.joined(separator: ", "))"
        case .negativePrice(let fen):
            "maximum price \(fen) fen is negative"
        case .negativeRatio(let permille):
            "maximum ratio to the market median \(permille)‰ is negative"
        case .invalidPaging(let limit, let offset):
            "limit (\(limit)) and offset (\(offset)) must not be negative"
        case .emptyKeyword:
            "the keyword is empty"
        case .placeNotFound(let name, let suggestions):
            suggestions.isEmpty
                ? "no 街道/镇 or district is called \"\(name)\""
                : "no 街道/镇 or district is called \"\(name)\"; did you mean \(suggestions.joined(separator: ", "))?"
        case .placeAmbiguous(let name, let candidates):
            "\"\(name)\" is ambiguous: "
                + candidates.map(\.qualifiedName).joined(separator: ", ")
                + "; give the full name or use --near"
        }
    }
}
