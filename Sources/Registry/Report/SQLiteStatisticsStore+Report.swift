import GRDB

extension SQLiteStatisticsStore {
    /// Every outlet with where it is and how it stands on `asOf` (operating, certified), by id:
    /// the report's map.
    public func mapOutlets(asOf: LocalDate) throws -> [StatsOutlet] {
        try database.read { db in try Self.statsOutlets(db, asOf: asOf, operatingOnly: false) }
    }

    /// The market part of the report on `asOf`: each certified inclusive outlet's monthly fee
    /// compared by `FeeComparer` (as search compares it), grouped by district and kind.
    public func marketReport(asOf: LocalDate) throws -> MarketReport {
        try database.read { db in
            let comparer = try FeeComparer(db, asOf: asOf)
            let outlets = try Self.statsOutlets(db, asOf: asOf).filter { $0.certified && $0.inclusive }
            struct Group: Hashable {
                var district: String?
                var kind: OutletKind
            }
            var counts: [Group: Int] = [:]
            var ratios: [Group: [Int64]] = [:]
            for outlet in outlets {
                let fee = try comparer.compare(rid: outlet.rid, ranked: false, db: db)
                for group in [
                    Group(district: outlet.districtCode, kind: outlet.kind), Group(district: nil, kind: outlet.kind),
                ] {
                    counts[group, default: 0] += 1
                    if let fee { ratios[group, default: []].append(fee.ratioToP50Permille) }
                }
            }
            let groups = counts.keys.sorted {
                ($0.district == nil ? 1 : 0, $0.district ?? "", $0.kind.number) < (
                    $1.district == nil ? 1 : 0, $1.district ?? "", $1.kind.number
                )
            }
            let cells = try comparer.run.map { try SQLiteBenchmarkStore.benchmarkCells(db, runID: $0.id) } ?? []
            return MarketReport(
                run: comparer.run,
                cityCells: cells.filter { $0.districtCode == nil }.sorted { $0.key < $1.key },
                ratios: groups.map {
                    PriceRatioGroup(
                        districtCode: $0.district, kind: $0.kind, outlets: counts[$0] ?? 0, ratios: ratios[$0] ?? [])
                })
        }
    }
}
