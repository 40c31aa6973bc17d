import GRDB

/// The statistics store on SQLite: `StatisticsStore` over the registry's connection.
public struct SQLiteStatisticsStore: StatisticsStore {
    /// The connection, with its write transaction (officer check, audit log).
    let database: RegistryDatabase

    /// The plan's targets on `asOf` for the city and every district, or for one district (by
    /// code) only. Thresholds from `targets`; outlets, classes, divisions and 街道/镇 read in one
    /// read transaction, the outlets in one pass. Definitions: docs/STATS.md.
    public func planStatistics(asOf: LocalDate, district: String? = nil, targets: PlanTargets) throws -> PlanStatistics
    {
        let divisions = try database.outlets.divisions()
        if let district, !divisions.contains(where: { $0.code == district && $0.level == .county }) {
            let known = divisions.filter { $0.level == .county }.map { "\($0.code) \($0.name)" }.joined(separator: ", ")
            throw RegistryError.invalidValue(
                what: LocalizedText(zh: "区县", en: "district"), value: district,
                reason: LocalizedText(zh: "不是本登记库的区县（可用：\(known)）", en: "not a district of the registry (\(known))"))
        }
        let subdistricts = try database.outlets.subdistricts()
        let outlets = try database.read { db in try Self.statsOutlets(db, asOf: asOf) }

        var tallies: [String: StatsTally] = [:]
        var city = StatsTally()
        var childcarePoints: [GeoPoint] = []
        for outlet in outlets {
            tallies[outlet.districtCode, default: StatsTally()].add(outlet)
            city.add(outlet)
            if outlet.kind == .childcareCommunity { childcarePoints.append(GeoPoint(lat: outlet.lat, lon: outlet.lon)) }
        }
        let distance = Double(targets.coverageDistance.value)
        let covered = Set(
            subdistricts.filter { subdistrict in
                let centre = GeoPoint(lat: subdistrict.centreLat, lon: subdistrict.centreLon)
                return childcarePoints.contains { Geodesy.distance(centre, $0) <= distance }
            }.map { StatsTally.SubdistrictKey(districtCode: $0.districtCode, name: $0.name) })

        func area(_ division: Division, tally: StatsTally, judgedAll: Bool) -> AreaStatistics {
            let inArea = subdistricts.filter { division.level == .city || $0.districtCode == division.code }
            let streets = inArea.filter { $0.kind == .street }
            let key = { (s: Subdistrict) in StatsTally.SubdistrictKey(districtCode: s.districtCode, name: s.name) }
            let streetsMissing = streets.filter { !tally.streetsWithElderCentre.contains(key($0)) }
            let notCovered = inArea.filter { !covered.contains(key($0)) }
            let counts: [(TargetMeasure, Int64, Int64)] = [
                (.inclusiveNursingBedShare, tally.inclusiveNursingBeds, tally.institutionBeds),
                (.childcareSlotsPer1000, tally.childcareSlots, Int64(division.population ?? 0)),
                (.provincialInclusiveChildcare, tally.provincialChildcare, 1),
                (.provincialDemonstrationChildcare, tally.demonstrationChildcare, 1),
                (.streetsWithElderCentre, Int64(streets.count - streetsMissing.count), Int64(streets.count)),
                (.communityChildcareCoverage, Int64(inArea.count - notCovered.count), Int64(inArea.count)),
            ]
            let figures = counts.map { measure, numerator, denominator in
                TargetFigure(
                    measure: measure, numerator: numerator, denominator: denominator,
                    targetParameter: targets.threshold(measure).value,
                    judged: judgedAll || measure.scope == .everyDistrict)
            }
            return AreaStatistics(
                code: division.code, name: division.name, nameEN: division.nameEN, level: division.level,
                population: division.population, figures: figures,
                certifiedByKind: OutletKind.allCases.map { .init(kind: $0, certified: tally.certifiedByKind[$0] ?? 0) },
                streetsWithoutElderCentre: streetsMissing.map(\.name),
                subdistrictsNotCovered: notCovered.map(\.name))
        }

        let cityDivision = divisions.first { $0.level == .city }
        let districtAreas =
            divisions
            .filter { $0.level == .county && (district == nil || $0.code == district) }
            .map { area($0, tally: tallies[$0.code] ?? StatsTally(), judgedAll: false) }
        return PlanStatistics(
            asOf: asOf.description,
            targetSource: .init(
                file: PlanTargets.path, id: targets.fileID, version: targets.version, sha256: targets.hash),
            thresholds: targets.thresholds + [targets.coverageDistance],
            populationSource: (cityDivision ?? divisions.first)?.populationSource,
            coverageDistanceM: targets.coverageDistance.value,
            city: district == nil ? cityDivision.map { area($0, tally: city, judgedAll: true) } : nil,
            districts: districtAreas)
    }

    /// Every outlet operating on `asOf` (status `operating`, opened on or before the day or no
    /// opening day recorded), with its class capacity and whether its latest recognition is
    /// `certified` and valid on the day (`valid_from` ≤ day ≤ `valid_to`, as in search).
    /// With `operatingOnly` false, every outlet, each with whether it operates (the report's map).
    static func statsOutlets(_ db: Database, asOf: LocalDate, operatingOnly: Bool = true) throws -> [StatsOutlet] {
        let day = asOf.description
        let rows = try SQLRequest<Row>(
            literal: """
                SELECT o.district_code, o.kind, o.pricing, o.subdistrict, o.lat, o.lon,
                       coalesce(o.beds, 0) AS beds, coalesce(o.nursing_beds, 0) AS nursing_beds,
                       (SELECT coalesce(sum(cc.capacity), 0) FROM childcare_class cc WHERE cc.outlet_rid = o.rid) AS slots,
                       coalesce(c.status = 'certified' AND c.valid_from <= \(day) AND c.valid_to >= \(day), 0) AS certified,
                       c.level AS certification_level, o.rid, o.id, o.name,
                       o.status = 'operating' AND (o.opened_on IS NULL OR o.opened_on <= \(day)) AS operating
                FROM outlet o
                LEFT JOIN certification c ON c.id = (SELECT max(c2.id) FROM certification c2 WHERE c2.outlet_rid = o.rid)
                WHERE \(!operatingOnly) OR operating
                ORDER BY o.id
                """
        ).fetchCursor(db)
        var outlets: [StatsOutlet] = []
        while let row = try rows.next() {
            guard let kind = OutletKind(rawValue: row["kind"]) else { continue }
            let operating: Bool = row["operating"]
            let certified = operating && (row["certified"] as Bool)
            outlets.append(
                StatsOutlet(
                    rid: row["rid"], id: row["id"], name: row["name"], districtCode: row["district_code"], kind: kind,
                    inclusive: (row["pricing"] as String) == PricingModel.inclusive.rawValue,
                    subdistrict: row["subdistrict"],
                    lat: row["lat"], lon: row["lon"], beds: row["beds"], nursingBeds: row["nursing_beds"],
                    slots: row["slots"],
                    operating: operating, certified: certified,
                    certificationLevel: certified
                        ? (row["certification_level"] as String?).flatMap(CertificationLevel.init(rawValue:)) : nil))
        }
        return outlets
    }
}
