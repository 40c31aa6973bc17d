/// The registry as the command line and the service see it: every operation they call, one
/// protocol per subsystem, speaking the domain (outlets near a point with filters, a recognition
/// step, a badge lookup, the blacklist as of a day, audit entries after a sequence number). Nothing
/// above `Registry` sees SQL or GRDB.
///
/// `RegistryDatabase` is the SQLite implementation. A PostgreSQL store (`RegistryPostgres`)
/// implements the same protocols; the store contract tests take `any RegistryStore` so that both
/// run them unchanged. The requirements are `async` so that a store on a database server can
/// suspend instead of blocking; SQLite's synchronous methods satisfy them as they are.
public protocol RegistryStore:
    OutletStore, SearchStore, ImportStore, ExportStore, RecognitionStore, BadgeStore, CreditStore, ReviewStore,
    InspectionStore, BenchmarkStore, StatisticsStore, OfficerStore, AuditStore, VerificationStore
{}

extension RegistryDatabase: RegistryStore {}
