import Hummingbird
import PuhuiOutput
import Registry

/// The nearby search as the service takes it from a query — `GET /v1/outlets` and the residents'
/// `GET /search` alike, so both answer the same question the same way: the query items read into
/// the shared `SearchParameters` (checked by its rules, in the reader's spelling), a place's
/// centre looked up, then `registry.directory.search`, the operation `puhui search` calls.
struct SearchRequest: Sendable {
    /// The query names the search takes (the CLI's options in snake_case, `as_of` for the day).
    static let parameterNames: Set<String> = [
        "near", "place", "datum", "radius", "kind", "age_class", "max_price", "vacancy", "keyword", "all_statuses",
        "sort", "max_ratio", "limit", "offset", "as_of",
    ]

    static let maxKinds = 16

    var parameters: SearchParameters
    /// How the messages name the parameters (query names for `/v1`, form labels on a page).
    let spell: ParameterSpelling

    /// Reads and checks the parameters; a bad one is a 400 naming it.
    init(_ query: QueryReader) throws {
        var parameters = SearchParameters()
        parameters.near = query.string("near")
        parameters.place = query.string("place")
        parameters.datum = try query.enumValue("datum", Datum.self) ?? .wgs84
        parameters.radius = try query.int("radius") ?? parameters.radius
        parameters.kinds = query.all("kind")
        parameters.ageClass = try query.enumValue("age_class", ClassType.self)
        parameters.maxPrice = query.string("max_price")
        parameters.vacancy = try query.bool("vacancy") ?? false
        parameters.keyword = query.string("keyword")
        parameters.allStatuses = try query.bool("all_statuses") ?? false
        parameters.sort = try query.enumValue("sort", SearchSort.self) ?? .distance
        parameters.maxRatio = query.string("max_ratio")
        parameters.limit = try query.int("limit") ?? parameters.limit
        parameters.offset = try query.int("offset") ?? 0
        guard parameters.kinds.count <= Self.maxKinds else {
            throw ProblemDetails.badRequest(
                "kind", zh: "\(query.spell("kind")) 最多 \(Self.maxKinds) 个",
                en: "at most \(Self.maxKinds) \(query.spell("kind")) values")
        }
        try parameters.validate(query.spell)
        self.parameters = parameters
        self.spell = query.spell
    }

    /// What a search found, with the query it ran (the place's centre filled in) and the place.
    struct Outcome: Sendable {
        let result: SearchResult
        let query: NearbyQuery
        let place: Place?
        /// The day it was for.
        let day: LocalDate
    }

    /// Runs the search for the day `day`.
    func run(_ access: RegistryAccess, day: LocalDate) async throws -> Outcome {
        let searchQuery = try parameters.query(asOf: day, spell)
        let placeName = parameters.place
        return try await access.run { registry -> Outcome in
            var query = searchQuery
            var place: Place?
            if let placeName {
                place = try await registry.directory.place(named: placeName)
                query.centre = place?.centre
            }
            return Outcome(result: try await registry.directory.search(query), query: query, place: place, day: day)
        }
    }
}
