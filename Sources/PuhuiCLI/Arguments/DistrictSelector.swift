import ArgumentParser
import Foundation
import Registry

/// Which part of the city an option means: the whole city (`city`, `全市`, `市级`) or one
/// county-level district, by its code (`320613`) or name (`崇川区`, `崇川`, `Chongchuan
/// District`, `chongchuan`). One type for every `--district`, so every command accepts the same
/// spellings and refuses the same way, listing the districts. Names are resolved at parse time
/// against the reference data built into `puhui` (the registry's divisions are loaded from it).
enum DistrictSelector: TypedArgument, Hashable, CustomStringConvertible {
    case city
    /// A county-level division's code.
    case district(String)

    /// The spellings of the whole city (case does not matter).
    static let citySpellings = ["city", "全市", "市级"]

    static func parse(_ text: String) throws(ArgumentValueError) -> DistrictSelector {
        let wanted = TextNormalisation.asciiDigits(text).trimmingCharacters(in: .whitespaces)
        if citySpellings.contains(wanted.lowercased()) { return .city }
        let districts = Self.districts
        if let found = districts.first(where: { $0.matches(wanted) }) { return .district(found.code) }
        // Without built-in reference data (a build with none), a six-digit code is taken as given.
        if districts.isEmpty, wanted.count == 6, wanted.allSatisfy({ $0.isASCII && $0.isNumber }) {
            return .district(wanted)
        }
        throw ArgumentValueError(
            value: text,
            accepted: LocalizedText(
                zh: "不是本市的区县。可选：city（全市）；" + districts.map { "\($0.code) \($0.name)" }.joined(separator: "、"),
                en: "not a district of the city. Accepted: city (the whole city); "
                    + districts.map { "\($0.code) \($0.nameEN)" }.joined(separator: ", ")))
    }

    /// The district's code, or nil for the whole city.
    var code: String? {
        switch self {
        case .city: nil
        case .district(let code): code
        }
    }

    /// What a shell completes: `city` and every district's code and Chinese name.
    static var completion: CompletionKind {
        .list(["city"] + districts.flatMap { [$0.code, $0.name] })
    }

    /// `city` or the code: the spelling the registry's requests take.
    var description: String { code ?? "city" }
}

extension DistrictSelector {
    /// A county-level division as the reference data names it.
    struct District: Sendable {
        let code: String
        let name: String
        let nameEN: String

        /// By code, Chinese name (or its first two or more characters: `崇川`), English name, or
        /// the English name without "District"/"City"/"County" (`chongchuan`), case aside.
        func matches(_ wanted: String) -> Bool {
            let lower = wanted.lowercased()
            let englishStem = nameEN.split(separator: " ").first.map { $0.lowercased() } ?? ""
            return code == wanted || name == wanted || (wanted.count >= 2 && name.hasPrefix(wanted))
                || nameEN.lowercased() == lower || englishStem == lower
        }
    }

    /// The county-level divisions of the built-in reference data, in file order.
    static let districts: [District] = {
        guard let text = ReferenceData.embedded?.divisions else { return [] }
        var reader = CSVReader(text: text)
        guard let records = try? reader.readAll(), let header = records.first?.fields else { return [] }
        guard let code = header.firstIndex(of: "code"), let name = header.firstIndex(of: "name"),
            let nameEN = header.firstIndex(of: "name_en"), let level = header.firstIndex(of: "level")
        else { return [] }
        let width = max(code, name, nameEN, level)
        return records.dropFirst().compactMap { record in
            let fields = record.fields
            guard fields.count > width, fields[level] == DivisionLevel.county.rawValue else { return nil }
            return District(code: fields[code], name: fields[name], nameEN: fields[nameEN])
        }
    }()
}
