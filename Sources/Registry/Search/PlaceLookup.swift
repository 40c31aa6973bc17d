import Foundation
import GRDB

/// Resolves `--place NAME` to a centre: a 街道/镇 from table `subdistrict`, or a county-level
/// division (or the city) from table `division`.
///
/// Names are matched in two rounds, and the first round with any match decides:
/// 1. exactly as stored (`城东`, `狼山镇`, `崇川区`), or a division's English name (`Chongchuan`,
///    `Chongchuan District`, case and apostrophes ignored);
/// 2. with or without a suffix: `城东街道` finds the 街道 `城东`; `狼山` finds `狼山镇`; `崇川`
///    finds `崇川区`, `开发区` the development zone; a suffix is only added or removed as the
///    place's own kind allows (`街道` streets, `镇` towns, `区/县/市` divisions), so `城东街道`
///    never finds `城东镇`.
/// Several matches in the deciding round are an error that lists them with their districts;
/// none at all is an error with the closest names by edit distance.
public enum PlaceLookup {
    /// Suffixes a user may add or leave off.
    static let streetSuffix = "街道"
    static let townSuffix = "镇"
    static let divisionSuffixes = ["区", "县", "市"]

    /// The place called `name`.
    public static func resolve(_ name: String, in db: Database) throws -> Place {
        try resolve(name, among: loadPlaces(db))
    }

    /// The place called `name`, read in a read transaction of `reader`.
    public static func resolve(_ name: String, reader: any DatabaseReader) throws -> Place {
        try reader.read { db in try resolve(name, in: db) }
    }

    /// Every place with a centre: subdistricts, then divisions.
    static func loadPlaces(_ db: Database) throws -> [Candidate] {
        var places: [Candidate] = []
        let subdistricts = try Row.fetchAll(
            db,
            SQLRequest(
                literal: """
                    SELECT s.name, s.kind, s.district_code, d.name AS district_name, s.centre_lat, s.centre_lon
                    FROM subdistrict s JOIN division d ON d.code = s.district_code
                    ORDER BY s.district_code, s.name
                    """))
        for row in subdistricts {
            let kind: String = row["kind"]
            places.append(
                Candidate(
                    place: Place(
                        name: row["name"], level: kind == SubdistrictKind.town.rawValue ? .town : .street,
                        districtCode: row["district_code"], districtName: row["district_name"],
                        centre: GeoPoint(lat: row["centre_lat"], lon: row["centre_lon"])),
                    englishName: nil))
        }
        let divisions =
            try DivisionRecord
            .filter(DivisionRecord.Columns.centreLat != nil && DivisionRecord.Columns.centreLon != nil)
            .order(DivisionRecord.Columns.code).fetchAll(db)
        for division in divisions {
            guard let lat = division.centreLat, let lon = division.centreLon else { continue }
            places.append(
                Candidate(
                    place: Place(
                        name: division.name, level: division.level == DivisionLevel.city.rawValue ? .city : .district,
                        districtCode: division.code, districtName: division.name, centre: GeoPoint(lat: lat, lon: lon)),
                    englishName: division.nameEN))
        }
        return places
    }

    /// A place and the English name it may also be found by.
    struct Candidate {
        var place: Place
        var englishName: String?
    }

    static func resolve(_ rawName: String, among candidates: [Candidate]) throws -> Place {
        let name = rawName.trimmingCharacters(in: .whitespacesAndNewlines).precomposedStringWithCanonicalMapping
        let exact = candidates.filter { $0.place.name == name || matchesEnglish(name, $0.englishName) }
        let deciding = exact.isEmpty ? candidates.filter { matchesWithSuffix(name, $0.place) } : exact
        switch deciding.count {
        case 1:
            return deciding[0].place
        case 0:
            throw SearchError.placeNotFound(name: name, suggestions: suggestions(for: name, among: candidates))
        default:
            throw SearchError.placeAmbiguous(name: name, candidates: deciding.map(\.place))
        }
    }

    /// `Chongchuan District`, `chongchuan`, `Haian` all name 崇川区 / 海安市.
    static func matchesEnglish(_ query: String, _ english: String?) -> Bool {
        guard let english else { return false }
        func fold(_ text: String) -> String { text.lowercased().replacingOccurrences(of: "'", with: "") }
        let q = fold(query)
        let full = fold(english)
        return q == full || q == full.split(separator: " ").first.map(String.init)
    }

    /// Round 2: the query and the place agree once a suffix is added or removed.
    static func matchesWithSuffix(_ query: String, _ place: Place) -> Bool {
        switch place.level {
        case .street:
            return query == place.name + streetSuffix || query + streetSuffix == place.name
        case .town:
            return query == place.name + townSuffix || query + townSuffix == place.name
        case .district, .city:
            // `崇川` → 崇川区; `开发区` → 南通经济技术开发区 (a distinctive tail of a long name).
            return divisionSuffixes.contains { query + $0 == place.name }
                || (query.count >= 3 && place.name.hasSuffix(query))
        }
    }

    /// `text` without `suffix`, if it ends with it and something remains; else nil.
    static func stripped(_ text: String, _ suffix: String) -> String? {
        guard text.hasSuffix(suffix), text.count > suffix.count else { return nil }
        return String(text.dropLast(suffix.count))
    }

    /// Up to three names closest to `query` by edit distance (ignoring a 街道/镇/区/县/市 suffix
    /// on either side), if they are close enough to be a plausible typo.
    static func suggestions(for query: String, among candidates: [Candidate]) -> [String] {
        let core = stem(query)
        let scored = candidates.map { candidate -> (name: String, distance: Int) in
            let distance = min(
                editDistance(query, candidate.place.name), editDistance(core, stem(candidate.place.name)))
            return (candidate.place.qualifiedName, distance)
        }
        let limit = max(1, core.count / 2)
        var seen = Set<String>()
        return
            scored
            .filter { $0.distance <= limit }
            .sorted { $0.distance != $1.distance ? $0.distance < $1.distance : $0.name < $1.name }
            .map(\.name)
            .filter { seen.insert($0).inserted }
            .prefix(3)
            .map { $0 }
    }

    static func stem(_ text: String) -> String {
        for suffix in [streetSuffix, townSuffix] + divisionSuffixes {
            if let core = stripped(text, suffix) { return core }
        }
        return text
    }

    /// Levenshtein distance over characters.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a)
        let b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
