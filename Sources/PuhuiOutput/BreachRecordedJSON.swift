import Registry

/// A recorded breach in `credit breach --format json`: the breach, the blacklisting it caused (or
/// null), the operator's outlets and those whose recognition was suspended.
package struct BreachRecordedJSON: Encodable {
    package let breach: CreditBreach
    package let blacklisting: Blacklisting?
    package let operatorOutlets: [String]
    package let suspendedOutlets: [String]

    package init(_ outcome: BreachOutcome) {
        breach = outcome.breach
        blacklisting = outcome.blacklisting
        operatorOutlets = outcome.operatorOutlets
        suspendedOutlets = outcome.suspendedOutlets
    }

    package func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(breach, forKey: .breach)
        try container.encode(blacklisting, forKey: .blacklisting)
        try container.encode(operatorOutlets, forKey: .operatorOutlets)
        try container.encode(suspendedOutlets, forKey: .suspendedOutlets)
    }

    enum Keys: String, CodingKey { case breach, blacklisting, operatorOutlets, suspendedOutlets }
}
