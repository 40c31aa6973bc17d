import Registry

/// What `puhui --version` prints: the program's version and the registry schema it writes.
enum PuhuiVersion {
    /// The program's version (semantic versioning; the second round of the registry).
    static let number = "0.3.0"

    /// `puhui 0.3.0 (registry schema 6)`.
    static var text: String { "puhui \(number) (registry schema \(Migration.schemaVersion))" }
}
