/// How much of a run is stored: per-outlet outcomes always; verdict rows for failures and
/// errors only (the default), or for every rule and outlet.
public enum VerificationStorage: String, Sendable, CaseIterable {
    case failures
    case all
}
