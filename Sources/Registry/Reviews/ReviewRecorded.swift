/// What `RegistryDatabase.addReview` recorded: the review and, for a bad one, the years its
/// deadline was counted through that the working-day calendar does not cover (Monday–Friday
/// counted there; the command says so).
public struct ReviewRecorded: Sendable, Equatable {
    public var review: Review
    public var uncoveredYears: [Int]
    /// The parameter's basis for the deadline (nil for a review that needs no follow-up).
    public var deadlineBasis: String?
}
