/// A task about the whole city, which only a city-level officer may do: a district officer
/// acts for one district (operators are city-wide records; a verification run or a market
/// benchmark over the whole city is a city-wide act).
public enum CityWideTask: String, Sendable, Equatable, CaseIterable {
    /// `puhui import operators`.
    case importOperators
    /// `puhui verify --all` over more than the officer's own district.
    case verifyCity
    /// `puhui benchmark compute`.
    case computeBenchmarks

    /// What the task is, in both languages.
    public var text: LocalizedText {
        switch self {
        case .importOperators: LocalizedText(zh: "导入运营主体（全市记录）", en: "import operators (city-wide records)")
        case .verifyCity: LocalizedText(zh: "核验本区以外的网点", en: "verify outlets beyond their own district")
        case .computeBenchmarks: LocalizedText(zh: "计算全市市场价格基准", en: "compute the city's market benchmarks")
        }
    }
}
