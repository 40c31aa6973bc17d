/// The names a rule file may use beyond CEL itself: the outlet kinds and kind groups of
/// `applies_to`, and the roots of the fact schema (docs/RULES.md). The Rules module does not
/// depend on the registry, so the registry's kinds are repeated here; a registry test checks
/// that the two lists agree.
public struct RuleVocabulary: Sendable {
    /// Outlet kinds (`outlet.kind` values).
    public let kinds: [String]
    /// Groups of kinds usable in `applies_to` (`elder`, `childcare`).
    public let groups: [String: [String]]
    /// The top-level names of the facts, in slot order. Every one is bound at evaluation (an
    /// absent one as an empty map), so `has(benchmark.p50_fen)` is false rather than an error.
    public let factRoots: [String]

    public init(kinds: [String], groups: [String: [String]], factRoots: [String]) {
        self.kinds = kinds
        self.groups = groups
        self.factRoots = factRoots
    }

    /// Puhui's: the eight kinds of schema 001 (`outlet.kind`), the two families, and the fact
    /// roots of docs/RULES.md (`benchmark`, `pledge`, `credit`, `reviews`, `inspections` are
    /// reserved for later issues and empty until then).
    public static let puhui = RuleVocabulary(
        kinds: [
            "elder_institution", "elder_community_center", "elder_day_care", "elder_home_care_station",
            "childcare_institution", "childcare_community", "childcare_kindergarten_class", "childcare_family",
        ],
        groups: [
            "elder": ["elder_institution", "elder_community_center", "elder_day_care", "elder_home_care_station"],
            "childcare": [
                "childcare_institution", "childcare_community", "childcare_kindergarten_class", "childcare_family",
            ],
        ],
        factRoots: [
            "as_of", "outlet", "operator", "price", "certification", "params",
            "benchmark", "pledge", "credit", "reviews", "inspections",
        ])

    /// The kinds an `applies_to` entry names, or nil if it is neither a kind nor a group.
    func expand(_ entry: String) -> [String]? {
        if kinds.contains(entry) { return [entry] }
        return groups[entry]
    }

    /// The slot of `params` among the fact roots.
    var paramsSlot: Int? { factRoots.firstIndex(of: "params") }
}
