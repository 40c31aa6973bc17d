/// One line of the public blacklist: who, on what grounds, from when until when.
public struct BlacklistEntry: Sendable, Equatable {
    public var blacklisting: Blacklisting
    public var operatorName: String
    public var breach: CreditBreach
    /// The last public day as known on the list's day.
    public var publicUntil: LocalDate
}
