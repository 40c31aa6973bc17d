/// The cells of one run, indexed for lookup: the benchmark for a price of an outlet in a
/// district is the district cell when it is `ok`, else the city cell when that is `ok`
/// (pooled), else none.
public struct BenchmarkIndex: Sendable {
    public let run: BenchmarkRun
    struct Slot: Hashable {
        var district: String?
        var key: BenchmarkCellKey
    }
    let cells: [Slot: BenchmarkCell]

    public init(run: BenchmarkRun, cells: [BenchmarkCell]) {
        self.run = run
        var index: [Slot: BenchmarkCell] = [:]
        for cell in cells { index[Slot(district: cell.districtCode, key: cell.key)] = cell }
        self.cells = index
    }

    /// The cell that benchmarks `key` in `district`, and whether it is the pooled city cell;
    /// nil when neither the district nor the city has enough market outlets.
    public func resolve(district: String, key: BenchmarkCellKey) -> (cell: BenchmarkCell, pooled: Bool)? {
        if let cell = cells[Slot(district: district, key: key)], cell.status == .ok { return (cell, false) }
        if let city = cells[Slot(district: nil, key: key)], city.status == .ok { return (city, true) }
        return nil
    }
}
