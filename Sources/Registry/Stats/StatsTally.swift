/// What `puhui stats` counts over the operating outlets of one district (or the whole city):
/// the sums behind each target's figure. Definitions: docs/STATS.md.
struct StatsTally: Sendable {
    /// Beds of operating elder-care institutions (养老机构床位).
    var institutionBeds: Int64 = 0
    /// Nursing-type beds of certified inclusive elder-care institutions (普惠护理型床位).
    var inclusiveNursingBeds: Int64 = 0
    /// Class capacity of operating childcare outlets of every kind (托位).
    var childcareSlots: Int64 = 0
    /// Certified childcare outlets recognised at provincial or provincial-demonstration level.
    var provincialChildcare: Int64 = 0
    /// Certified childcare outlets recognised at provincial-demonstration level.
    var demonstrationChildcare: Int64 = 0
    var certifiedByKind: [OutletKind: Int] = [:]
    /// District code and 街道 name of each operating community elder-care centre.
    var streetsWithElderCentre: Set<SubdistrictKey> = []

    struct SubdistrictKey: Hashable, Sendable {
        var districtCode: String
        var name: String
    }

    /// One operating outlet (opened on or before the day), with whether its recognition is
    /// valid on the day.
    mutating func add(_ outlet: StatsOutlet) {
        switch outlet.kind {
        case .elderInstitution:
            institutionBeds += outlet.beds
            if outlet.certified && outlet.inclusive { inclusiveNursingBeds += outlet.nursingBeds }
        case .elderCommunityCenter:
            if let street = outlet.subdistrict {
                streetsWithElderCentre.insert(SubdistrictKey(districtCode: outlet.districtCode, name: street))
            }
        default:
            break
        }
        if outlet.kind.family == .childcare {
            childcareSlots += outlet.slots
            if outlet.certified, let level = outlet.certificationLevel {
                if level == .provincial || level == .provincialDemonstration { provincialChildcare += 1 }
                if level == .provincialDemonstration { demonstrationChildcare += 1 }
            }
        }
        if outlet.certified { certifiedByKind[outlet.kind, default: 0] += 1 }
    }
}

/// The columns of one outlet that the statistics (and the report's map) read.
public struct StatsOutlet: Sendable {
    var rid: Int64
    /// The public outlet id.
    public var id: String
    /// As entered.
    public var name: String
    public var districtCode: String
    public var kind: OutletKind
    public var inclusive: Bool
    public var subdistrict: String?
    public var lat: Double
    public var lon: Double
    var beds: Int64
    var nursingBeds: Int64
    var slots: Int64
    /// Status `operating` and opened on or before the day (or no opening day recorded).
    public var operating: Bool
    /// Operating, and the latest recognition is `certified` and valid on the day.
    public var certified: Bool
    public var certificationLevel: CertificationLevel?
}
