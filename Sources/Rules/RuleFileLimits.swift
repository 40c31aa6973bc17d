/// The bounds a rule or parameter file is held to before anything in it is used, so that a
/// hostile file (an alias bomb, "billion laughs"; nesting without end; a huge file) is refused
/// in bounded time and memory with a positioned diagnostic. docs/LIMITS.md says why each is
/// what it is.
public enum RuleFileLimits {
    /// The largest file (bytes): 1 MiB. The default rule set is about 30 KB.
    public static let maximumBytes = 1 << 20
    /// The most YAML nodes the document may hold, counting what every alias repeats: 100,000.
    /// The default rule set has about 2,000; nine nested aliases of nine items reach 387 million.
    public static let maximumNodes = 100_000
    /// The deepest nesting of mappings and lists: 64 (the format needs 6).
    public static let maximumDepth = 64
}
