/// The state of a benchmark cell.
public enum BenchmarkStatus: String, Sendable, Codable, CaseIterable {
    /// Enough market outlets: the cell's own percentiles.
    case ok
    /// A district cell with fewer than the run's `min_outlets` outlets: comparisons use the
    /// city-level cell.
    case pooled
    /// Too few market outlets even over the whole city: no percentiles.
    case insufficient

    public var nameZH: String {
        switch self {
        case .ok: "有效"
        case .pooled: "合并至全市"
        case .insufficient: "数据不足"
        }
    }
}
