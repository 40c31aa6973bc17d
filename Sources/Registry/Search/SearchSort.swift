/// The order of search results.
public enum SearchSort: String, Sendable, Equatable, CaseIterable {
    /// Nearest first, ties by id (by id in a city-wide search).
    case distance
    /// Cheapest monthly fee (`MonthlyFee`) first; outlets without one last; ties as `distance`.
    case price
}
