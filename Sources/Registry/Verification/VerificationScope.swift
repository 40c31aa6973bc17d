import GRDB

/// Which outlets a verification covers: every outlet, or those of some kinds and districts, or
/// named ones.
public struct VerificationScope: Sendable, Equatable {
    /// Empty: every kind.
    public var kinds: Set<OutletKind>
    /// Empty: every district (county-level codes).
    public var districts: Set<String>
    /// Nil: every outlet; else only these ids.
    public var outletIDs: [String]?

    public init(kinds: Set<OutletKind> = [], districts: Set<String> = [], outletIDs: [String]? = nil) {
        self.kinds = kinds
        self.districts = districts
        self.outletIDs = outletIDs
    }

    /// The whole registry.
    public static let all = VerificationScope()

    /// How a stored run names its scope: `all`, or e.g. `kind=childcare_family district=320613`.
    public var description: String {
        var parts: [String] = []
        if !kinds.isEmpty { parts.append("kind=" + kinds.map(\.rawValue).sorted().joined(separator: ",")) }
        if !districts.isEmpty { parts.append("district=" + districts.sorted().joined(separator: ",")) }
        if let outletIDs { parts.append("id=" + outletIDs.joined(separator: ",")) }
        return parts.isEmpty ? "all" : parts.joined(separator: " ")
    }

    /// The SQL condition on the outlet aliased `o`.
    var condition: SQL {
        var conditions: [SQL] = []
        if !kinds.isEmpty { conditions.append("o.kind IN \(kinds.map(\.rawValue).sorted())") }
        if !districts.isEmpty { conditions.append("o.district_code IN \(districts.sorted())") }
        if let outletIDs { conditions.append("o.id IN \(outletIDs)") }
        return conditions.isEmpty ? "1" : "\(conditions.joined(operator: .and))"
    }
}
