/// The answer to "is this badge number genuine and current?" (`puhui badge verify NUMBER`).
public enum BadgeLookup: Sendable, Equatable {
    /// The badge, with its live status.
    case found(Badge)
    /// Not a badge number at all (wrong shape).
    case malformed
    /// Well-formed but the check character is wrong: mistyped. `suggestion`: the one existing
    /// badge a single-character change gives, if exactly one does.
    case mistyped(expected: Character, found: Character, suggestion: String?)
    /// Well-formed with a right check character, but no badge has that number.
    case notFound
}
