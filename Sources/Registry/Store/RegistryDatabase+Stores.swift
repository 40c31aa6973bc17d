/// The SQLite registry as a `RegistryStore`: each subsystem's store over this connection.
extension RegistryDatabase: RegistryStore {
    public var outlets: SQLiteOutletStore { SQLiteOutletStore(database: self) }
    public var directory: SQLiteSearchStore { SQLiteSearchStore(database: self) }
    public var imports: SQLiteImportStore { SQLiteImportStore(database: self) }
    public var exports: SQLiteExportStore { SQLiteExportStore(database: self) }
    public var recognition: SQLiteRecognitionStore { SQLiteRecognitionStore(database: self) }
    public var badges: SQLiteBadgeStore { SQLiteBadgeStore(database: self) }
    public var credit: SQLiteCreditStore { SQLiteCreditStore(database: self) }
    public var reviews: SQLiteReviewStore { SQLiteReviewStore(database: self) }
    public var inspections: SQLiteInspectionStore { SQLiteInspectionStore(database: self) }
    public var benchmarks: SQLiteBenchmarkStore { SQLiteBenchmarkStore(database: self) }
    public var statistics: SQLiteStatisticsStore { SQLiteStatisticsStore(database: self) }
    public var officers: SQLiteOfficerStore { SQLiteOfficerStore(database: self) }
    public var audit: SQLiteAuditStore { SQLiteAuditStore(database: self) }
    public var verification: SQLiteVerificationStore { SQLiteVerificationStore(database: self) }
}
