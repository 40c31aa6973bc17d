/// What `RegistryDatabase.recordBreach` did, in one transaction: the breach, the blacklisting
/// when the category blacklists (by the rule set's parameters on the breach day), and the
/// operator's outlets whose recognition was suspended as a consequence.
public struct BreachOutcome: Sendable, Equatable {
    public var breach: CreditBreach
    public var blacklisting: Blacklisting?
    /// Public ids of the listed operator's outlets (the blacklisting concerns them all; empty
    /// when the breach does not blacklist).
    public var operatorOutlets: [String]
    /// Public ids of the outlets whose recognition the blacklisting suspended (the recognition
    /// workflow's `suspendAutomatically`, wired in `recordBreach`).
    public var suspendedOutlets: [String]
}
