#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Seed/reference: the city's county-level divisions, their 街道/镇 and the city box.
struct Reference: Sendable {
    struct District: Sendable {
        var code: String
        var name: String
        var population: Int
        var centreLat: Double
        var centreLon: Double
        /// Indices into `subdistricts`.
        var subdistricts: [Int] = []
    }

    struct Subdistrict: Sendable {
        var district: Int
        var name: String
        var isTown: Bool
        var lat: Double
        var lon: Double
    }

    var districts: [District] = []
    var subdistricts: [Subdistrict] = []
    var retiredCodes: [(old: String, new: String)] = []
    var minLat = 0.0, maxLat = 0.0, minLon = 0.0, maxLon = 0.0

    func inBox(lat: Double, lon: Double) -> Bool {
        lat >= minLat && lat <= maxLat && lon >= minLon && lon <= maxLon
    }

    func district(code: String) -> Int? { districts.firstIndex { $0.code == code } }

    /// The 街道/镇 name as written in an address: 街道 appended to street names.
    func addressName(_ index: Int) -> String {
        let s = subdistricts[index]
        return s.isTown ? s.name : s.name + "街道"
    }

    /// Reads `divisions.csv`, `subdistricts.csv`, `division_aliases.csv` and `city.csv`.
    static func load(directory: String) throws -> Reference {
        var reference = Reference()
        let divisions = try CSVReader.table(path: directory + "/divisions.csv")
        let code = try divisions.column("code")
        let name = try divisions.column("name")
        let level = try divisions.column("level")
        let population = try divisions.column("population")
        let lat = try divisions.column("centre_lat")
        let lon = try divisions.column("centre_lon")
        for row in divisions.rows where row.fields[level] == "county" {
            guard let p = Int(row.fields[population]), let la = Double(row.fields[lat]),
                let lo = Double(row.fields[lon])
            else { throw DataGenError("\(divisions.path):\(row.line): bad number") }
            reference.districts.append(
                District(code: row.fields[code], name: row.fields[name], population: p, centreLat: la, centreLon: lo))
        }
        let subs = try CSVReader.table(path: directory + "/subdistricts.csv")
        let sd = try subs.column("district_code")
        let sn = try subs.column("name")
        let sk = try subs.column("kind")
        let sla = try subs.column("centre_lat")
        let slo = try subs.column("centre_lon")
        for row in subs.rows {
            guard let d = reference.district(code: row.fields[sd]) else {
                throw DataGenError("\(subs.path):\(row.line): unknown district \(row.fields[sd])")
            }
            guard let la = Double(row.fields[sla]), let lo = Double(row.fields[slo]) else {
                throw DataGenError("\(subs.path):\(row.line): bad coordinate")
            }
            reference.districts[d].subdistricts.append(reference.subdistricts.count)
            reference.subdistricts.append(
                Subdistrict(district: d, name: row.fields[sn], isTown: row.fields[sk] == "town", lat: la, lon: lo))
        }
        let aliases = try CSVReader.table(path: directory + "/division_aliases.csv")
        let old = try aliases.column("old_code")
        let new = try aliases.column("new_code")
        reference.retiredCodes = aliases.rows.map { ($0.fields[old], $0.fields[new]) }
        let city = try CSVReader.table(path: directory + "/city.csv")
        let key = try city.column("key")
        let value = try city.column("value")
        for row in city.rows {
            guard let v = Double(row.fields[value]) else { throw DataGenError("\(city.path):\(row.line): bad number") }
            switch row.fields[key] {
            case "min_lat": reference.minLat = v
            case "max_lat": reference.maxLat = v
            case "min_lon": reference.minLon = v
            case "max_lon": reference.maxLon = v
            default: break
            }
        }
        guard !reference.districts.isEmpty, reference.districts.allSatisfy({ !$0.subdistricts.isEmpty }),
            reference.minLat < reference.maxLat, reference.minLon < reference.maxLon
        else { throw DataGenError("\(directory): incomplete reference data") }
        return reference
    }

    /// Seed/reference of the repository this package sits in (Benchmarks/ is inside it).
    static func defaultDirectory() -> String {
        var parts = String(#filePath).split(separator: "/", omittingEmptySubsequences: false)
        // …/Benchmarks/Sources/DataGen/Reference.swift → …
        parts.removeLast(4)
        return parts.joined(separator: "/") + "/Seed/reference"
    }
}

/// Great-circle distance in metres (haversine, mean Earth radius 6,371,008.8 m).
func distanceMetres(_ lat1: Double, _ lon1: Double, _ lat2: Double, _ lon2: Double) -> Double {
    let r = 6_371_008.8
    let p1 = lat1 * .pi / 180
    let p2 = lat2 * .pi / 180
    let dp = p2 - p1
    let dl = (lon2 - lon1) * .pi / 180
    let h = sin(dp / 2) * sin(dp / 2) + cos(p1) * cos(p2) * sin(dl / 2) * sin(dl / 2)
    return 2 * r * asin(min(1, h.squareRoot()))
}
