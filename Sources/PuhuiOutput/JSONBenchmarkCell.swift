import Registry

/// A cell in `--format json`: every member present (`null` when absent).
package struct JSONBenchmarkCell: Encodable {
    package var cell: BenchmarkCell

    package init(_ cell: BenchmarkCell) { self.cell = cell }

    package func encode(to encoder: any Encoder) throws {
        enum Keys: String, CodingKey {
            case district_code, family, kind, item, level, unit, n_outlets, total_weight, p25_fen, p50_fen, p75_fen, status
        }
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(cell.districtCode, forKey: .district_code)
        try container.encode(cell.key.family.rawValue, forKey: .family)
        try container.encode(cell.key.kind.rawValue, forKey: .kind)
        try container.encode(cell.key.item, forKey: .item)
        try container.encode(cell.key.level, forKey: .level)
        try container.encode(cell.key.unit.rawValue, forKey: .unit)
        try container.encode(cell.outlets, forKey: .n_outlets)
        try container.encode(cell.totalWeight, forKey: .total_weight)
        try container.encode(cell.p25Fen, forKey: .p25_fen)
        try container.encode(cell.p50Fen, forKey: .p50_fen)
        try container.encode(cell.p75Fen, forKey: .p75_fen)
        try container.encode(cell.status.rawValue, forKey: .status)
    }
}
