import GRDB
import PuhuiResources

extension RegistryDatabase {
    /// The synthetic sample registry's files, in import order (embedded from `Seed/sample/`).
    public static let samplePaths: [(table: RegistryTable, path: String)] = [
        (.operators, "Seed/sample/operators.csv"), (.outlets, "Seed/sample/outlets.csv"),
        (.prices, "Seed/sample/prices.csv"),
    ]

    /// The day the sample registry is shaped around (Seed/sample/README.md): its past facts are
    /// checked against it, and its market benchmark run is computed as of it.
    public static let sampleAsOf = LocalDate(year: 2026, month: 11, day: 29)!

    /// Whether this build carries the sample registry.
    public static var sampleIsEmbedded: Bool {
        samplePaths.allSatisfy { Resources.data($0.path) != nil }
    }

    /// Imports the synthetic sample registry (operators, outlets, prices) through the ordinary
    /// importers, as officer `puhui-init`, in one transaction, and sets `registry_meta`
    /// `sample` = `synthetic`.
    @discardableResult
    public func loadSample() throws -> [ImportSummary] {
        var files: [(RegistryTable, String, [UInt8])] = []
        for (table, path) in Self.samplePaths {
            guard let data = Resources.data(path) else { throw RegistryError.missingResource(path) }
            files.append((table, path, [UInt8](data)))
        }
        return try loadSample(files: files)
    }

    /// Imports sample files given as (table, name, bytes) and marks the registry as sample data.
    package func loadSample(files: [(RegistryTable, String, [UInt8])]) throws -> [ImportSummary] {
        var options = ImportOptions(officer: Self.systemOfficer, reason: "synthetic sample registry (not real data)")
        // The sample describes a registry as of its own day (Seed/sample/README.md), whatever
        // the clock says; its past facts are checked against that day.
        options.pastFactsUntil = max(clock.today(), Self.sampleAsOf)
        return try write(officer: options.officer, reason: options.reason) { db, log in
            var summaries: [ImportSummary] = []
            for (table, name, bytes) in files {
                let fileName = name.split(separator: "/").last.map(String.init) ?? name
                switch table {
                case .operators:
                    summaries.append(
                        try imports.runImport(
                            OperatorImporter.self, bytes: bytes, fileName: fileName, options: options, db, &log))
                case .outlets:
                    summaries.append(
                        try imports.runImport(
                            OutletImporter.self, bytes: bytes, fileName: fileName, options: options, db, &log))
                case .prices:
                    summaries.append(
                        try imports.runImport(
                            PriceImporter.self, bytes: bytes, fileName: fileName, options: options, db, &log))
                }
            }
            let before = try RegistryMetaRecord.value(db, "sample")
            try setMeta(db, "sample", "synthetic")
            try log.append(
                db, action: "meta.set", entityType: "registry_meta", entityID: "sample",
                before: before.map { JSONValue.object(["value": .string($0)]).canonicalText },
                after: JSONValue.object(["value": .string("synthetic")]).canonicalText)
            return summaries
        }
    }

    /// Makes the registry ready: reference data is loaded on opening; with `sample`, the sample
    /// registry is added unless it is already there, with a market benchmark run as of
    /// `sampleAsOf` (computed by the ordinary `computeBenchmarks`, audited like any other) so
    /// that a first search shows fees against the market. Returns the sample's import summaries
    /// (empty if none was loaded).
    @discardableResult
    public func initialise(sample: Bool) throws -> [ImportSummary] {
        guard sample else { return [] }
        let summaries = try outlets.holdsSyntheticSample() ? [] : loadSample()
        if try benchmarks.benchmarkRuns().isEmpty {
            try benchmarks.computeBenchmarks(
                asOf: Self.sampleAsOf, officer: Self.systemOfficer,
                reason: "synthetic sample registry: market benchmark as of \(Self.sampleAsOf)")
        }
        return summaries
    }
}
