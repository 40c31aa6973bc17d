/// The registry's three importable and exportable tables (`puhui import|export operators|outlets|prices`).
public enum RegistryTable: String, Sendable, CaseIterable, Codable {
    case operators
    case outlets
    case prices

    /// The CSV columns in export order (docs/CSV.md).
    public var columns: [String] {
        switch self {
        case .operators: OperatorImporter.columns
        case .outlets: OutletImporter.columns
        case .prices: PriceImporter.columns
        }
    }

    /// The columns an import file must have.
    public var requiredColumns: Set<String> {
        switch self {
        case .operators: OperatorImporter.required
        case .outlets: OutletImporter.required
        case .prices: PriceImporter.required
        }
    }
}
