/// The registry as the command line and the service see it: one store per subsystem, each
/// behind a protocol that speaks the domain (outlets near a point with filters, a recognition
/// step, a badge lookup, the blacklist as of a day, audit entries after a sequence number).
/// Nothing above `Registry` sees SQL or GRDB.
///
/// ```swift
/// let registry: any RegistryStore = try RegistryDatabase.open(path: path)
/// let hits = try await registry.directory.search(query)
/// let step = try await registry.recognition.applyForRecognition(outletID: "NT-0057", …)
/// ```
///
/// `RegistryDatabase` is the SQLite implementation (`SQLiteRecognitionStore` and the others,
/// each in its subsystem's folder). A PostgreSQL store implements the same protocols; the store
/// contract tests take `some RegistryStore`, so both run them unchanged. The requirements are
/// `async` so that a store on a database server suspends instead of blocking; SQLite's
/// synchronous methods satisfy them as they are.
public protocol RegistryStore: Sendable {
    associatedtype Outlets: OutletStore
    associatedtype Directory: SearchStore
    associatedtype Imports: ImportStore
    associatedtype Exports: ExportStore
    associatedtype Recognition: RecognitionStore
    associatedtype Badges: BadgeStore
    associatedtype Credit: CreditStore
    associatedtype Reviews: ReviewStore
    associatedtype Inspections: InspectionStore
    associatedtype Benchmarks: BenchmarkStore
    associatedtype Statistics: StatisticsStore
    associatedtype Officers: OfficerStore
    associatedtype Audit: AuditStore
    associatedtype Verification: VerificationStore

    /// Outlets (网点) and operators as recorded, reference data, the registry's own facts.
    var outlets: Outlets { get }
    /// Nearby and city-wide search, place lookup.
    var directory: Directory { get }
    /// All-or-nothing CSV imports.
    var imports: Imports { get }
    /// CSV, JSON and GeoJSON export.
    var exports: Exports { get }
    /// The recognition (认定) workflow.
    var recognition: Recognition { get }
    /// Unified badges (统一标识).
    var badges: Badges { get }
    /// Credit pledges, breaches, the blacklist, credit repair.
    var credit: Credit { get }
    /// Residents' reviews (好差评).
    var reviews: Reviews { get }
    /// On-site inspections.
    var inspections: Inspections { get }
    /// Market price benchmarks.
    var benchmarks: Benchmarks { get }
    /// The plan's targets and the report's figures.
    var statistics: Statistics { get }
    /// Registered officers.
    var officers: Officers { get }
    /// The audit chain.
    var audit: Audit { get }
    /// Facts, verification, stored runs.
    var verification: Verification { get }
}
