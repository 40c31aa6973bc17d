import Foundation
import Hummingbird
import PuhuiOutput
import Registry

/// A request's query items, read strictly: a name the endpoint does not know is refused (a typo
/// never silently widens a search), every value is bounded, and a bad one is a 400 naming it —
/// by its query name, or as a resident page's form labels it (`spell`).
struct QueryReader {
    let items: [(String, String)]
    let spell: ParameterSpelling

    static let maxItems = 64
    static let maxValueLength = 512

    /// `droppingEmpty`: a value left empty counts as not given — what an HTML form sends for a
    /// field the resident left blank (`near=&place=城东`).
    init(_ request: Request, allowed: Set<String>, spell: ParameterSpelling = .query, droppingEmpty: Bool = false)
        throws
    {
        self.spell = spell
        var items: [(String, String)] = []
        for (name, value) in request.uri.queryParameters {
            let name = String(name)
            if droppingEmpty, value.trimmingCharacters(in: .whitespaces).isEmpty { continue }
            // `queryParameters` has already percent-decoded both.
            guard allowed.contains(name) else {
                let known = allowed.sorted().joined(separator: ", ")
                throw ProblemDetails.badRequest(
                    name, zh: "不认识的查询参数 \(name)。可用：\(known)", en: "unknown query parameter \(name). Known: \(known)")
            }
            guard value.count <= Self.maxValueLength else {
                throw ProblemDetails.badRequest(name, zh: "参数 \(name) 过长", en: "parameter \(name) is too long")
            }
            items.append((name, String(value)))
        }
        guard items.count <= Self.maxItems else {
            throw ProblemDetails.badRequest("query", zh: "查询参数过多", en: "too many query parameters")
        }
        self.items = items
    }

    func string(_ name: String) -> String? {
        items.last { $0.0 == name }?.1
    }

    func all(_ name: String) -> [String] {
        items.filter { $0.0 == name }.flatMap { $0.1.split(separator: ",").map(String.init) }
    }

    func int(_ name: String) throws -> Int? {
        guard let text = string(name) else { return nil }
        guard let value = Int(TextNormalisation.asciiDigits(text).trimmingCharacters(in: .whitespaces)) else {
            throw ProblemDetails.badRequest(
                name, zh: "\(spell(name)) \(text)：请写整数", en: "\(spell(name)) \(text): give a whole number")
        }
        return value
    }

    func bool(_ name: String) throws -> Bool? {
        guard let text = string(name)?.lowercased() else { return nil }
        switch text {
        case "true", "1", "yes", "": return true
        case "false", "0", "no": return false
        default:
            throw ProblemDetails.badRequest(
                name, zh: "\(spell(name)) \(text)：请写 true 或 false", en: "\(spell(name)) \(text): give true or false")
        }
    }

    func date(_ name: String) throws -> LocalDate? {
        guard let text = string(name) else { return nil }
        do { return try LocalDate(parsing: text.trimmingCharacters(in: .whitespaces)) } catch {
            throw ProblemDetails.badRequest(
                name, zh: "\(spell(name)) \(text)：不是有效日期，请写成 YYYY-MM-DD，例如 2026-11-29",
                en: "\(spell(name)) \(text): \(error.description); write YYYY-MM-DD, e.g. 2026-11-29")
        }
    }

    /// An instant as the audit log writes it (`YYYY-MM-DDTHH:MM:SSZ`, UTC), from RFC 3339
    /// (`2026-11-29T08:00:00Z`, `2026-11-29T16:00:00+08:00`, fractions of a second dropped) or a
    /// day (`2026-11-29`: its start in China Standard Time, UTC+8, the registry's day).
    func instant(_ name: String) throws -> String? {
        guard let raw = string(name) else { return nil }
        let text = raw.trimmingCharacters(in: .whitespaces)
        if let day = try? LocalDate(parsing: text) {
            return RegistryClock.timestamp(day.start())
        }
        for options: ISO8601DateFormatter.Options in [
            [.withInternetDateTime], [.withInternetDateTime, .withFractionalSeconds],
        ] {
            let formatter = ISO8601DateFormatter()
            formatter.formatOptions = options
            if let date = formatter.date(from: text) { return RegistryClock.timestamp(date) }
        }
        throw ProblemDetails.badRequest(
            name, zh: "\(spell(name)) \(raw)：请写 RFC 3339 时刻（如 2026-11-29T08:00:00Z）或日期（如 2026-11-29）",
            en: "\(spell(name)) \(raw): give an RFC 3339 instant (e.g. 2026-11-29T08:00:00Z) or a day (e.g. 2026-11-29)"
        )
    }

    func enumValue<E: RawRepresentable & CaseIterable>(_ name: String, _ type: E.Type) throws -> E?
    where E.RawValue == String {
        guard let text = string(name) else { return nil }
        guard let value = E(rawValue: text.trimmingCharacters(in: .whitespaces).lowercased()) else {
            let valid = E.allCases.map(\.rawValue).joined(separator: ", ")
            throw ProblemDetails.badRequest(
                name, zh: "\(spell(name)) \(text)：可选值 \(valid)", en: "\(spell(name)) \(text): valid values are \(valid)"
            )
        }
        return value
    }
}
