import Registry

/// A cell in `--format json`: every member present (`null` when absent).
package struct JSONBenchmarkCell: Encodable {
    package var cell: BenchmarkCell

    package init(_ cell: BenchmarkCell) { self.cell = cell }

    package func encode(to encoder: any Encoder) throws {
        enum Keys: String, CodingKey {
            case districtCode = "district_code"
            case family
            case kind
            case item
            case level
            case unit
            case nOutlets = "n_outlets"
            case totalWeight = "total_weight"
            case p25Fen = "p25_fen"
            case p50Fen = "p50_fen"
            case p75Fen = "p75_fen"
            case status
        }
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(cell.districtCode, forKey: .districtCode)
        try container.encode(cell.key.family.rawValue, forKey: .family)
        try container.encode(cell.key.kind.rawValue, forKey: .kind)
        try container.encode(cell.key.item, forKey: .item)
        try container.encode(cell.key.level, forKey: .level)
        try container.encode(cell.key.unit.rawValue, forKey: .unit)
        try container.encode(cell.outlets, forKey: .nOutlets)
        try container.encode(cell.totalWeight, forKey: .totalWeight)
        try container.encode(cell.p25Fen, forKey: .p25Fen)
        try container.encode(cell.p50Fen, forKey: .p50Fen)
        try container.encode(cell.p75Fen, forKey: .p75Fen)
        try container.encode(cell.status.rawValue, forKey: .status)
    }
}
