// Registry: the domain of Puhui (普惠), its decisions, and its stores.
//
// The shape: each subsystem has a folder holding its domain types, its pure decisions, the
// protocol of its store (the boundary the CLI and the service call) and the SQLite store that
// implements it. `RegistryStore` (Store/) gathers the subsystems' stores:
//
//     registry.outlets       OutletStore       Outlets/      outlets, operators, reference data
//     registry.directory     SearchStore       Search/       nearby search, place lookup
//     registry.imports       ImportStore       Import/       all-or-nothing CSV imports
//     registry.exports       ExportStore       Export/       CSV, JSON, GeoJSON
//     registry.recognition   RecognitionStore  Recognition/  认定 steps (RecognitionRules: pure)
//     registry.badges        BadgeStore        Badges/       统一标识 lookup, re-issue (BadgeStatus.live)
//     registry.credit        CreditStore       Credit/       pledges, breaches, blacklist (CreditRules)
//     registry.reviews       ReviewStore       Reviews/      好差评 and follow-ups
//     registry.inspections   InspectionStore   Inspections/  on-site inspections
//     registry.benchmarks    BenchmarkStore    Benchmarks/   market price benchmarks
//     registry.statistics    StatisticsStore   Stats/, Report/  the plan's targets, the report
//     registry.officers      OfficerStore      Officers/     officers and district scope (DistrictScope)
//     registry.audit         AuditStore        Audit/        the hash-chained audit log
//     registry.verification  VerificationStore Verification/ facts for the rules, runs
//
// - Store/      RegistryDatabase: the SQLite connection (pool, migrations from Schema/, reference
//               data from Seed/reference/) and the write transaction with its officer check and
//               audit append — little else; RegistryStore; RegistryLocation; RegistryError.
// - Domain/     plain value types (Outlet 网点, Operator 运营主体, Price 收费标准, Certification 认定, …).
// - Identity/   USCC (统一社会信用代码) and unified badge number (统一标识编号) checks.
// - Calendar/   working days by the national holiday calendar.
//
// A PostgreSQL store plugs in by implementing the same protocols (a `RegistryPostgres` module
// with a `PostgresRecognitionStore` and so on, the same pure decisions called from its
// transactions) and joining the contract suite (Tests/RegistryTests/Contract/StoreUnderTest.swift).

// Every module above shares PuhuiCore's vocabulary (LocalDate, LocalizedText, UserFacingError).
@_exported import PuhuiCore
