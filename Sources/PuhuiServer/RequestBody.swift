import Foundation
import Hummingbird
import Registry

/// A JSON object body keyed by the CLI options' names in snake_case
/// (`{"level":"municipal","on":"2026-11-02","reason":"窗口受理"}`), read strictly: a member the
/// endpoint does not know is refused, as is a member of the wrong type.
///
/// `@unchecked Sendable`: `members` is a `let` set once in `init` to what `JSONSerialization`
/// returns for a JSON object — immutable Foundation values (strings, numbers, `NSNull`, arrays and
/// dictionaries of them) that are never mutated afterwards — so sharing it across threads is safe.
struct RequestBody: @unchecked Sendable {
    let members: [String: Any]

    static let maxBytes = 1 << 20

    init(_ request: Request, allowed: Set<String>) async throws {
        var request = request
        let buffer = try await request.collectBody(upTo: Self.maxBytes)
        let data = Data(buffer.readableBytesView)
        if data.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            members = [:]
        } else {
            guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
                throw ProblemDetails.badRequest(
                    "body", zh: "请求体须为 JSON 对象，键为命令行选项名（蛇形），如 {\"on\":\"2026-11-02\"}",
                    en:
                        "the body must be a JSON object keyed by the CLI options' names in snake_case, e.g. {\"on\":\"2026-11-02\"}"
                )
            }
            members = object
        }
        for name in members.keys where !allowed.contains(name) {
            let known = allowed.sorted().joined(separator: ", ")
            throw ProblemDetails.badRequest(
                name, zh: "不认识的成员 \(name)。可用：\(known)", en: "unknown member \(name). Known: \(known)")
        }
    }

    func string(_ name: String) throws -> String? {
        guard let value = members[name], !(value is NSNull) else { return nil }
        guard let text = value as? String else {
            throw ProblemDetails.badRequest(name, zh: "\(name) 须为字符串", en: "\(name) must be a string")
        }
        return text
    }

    func required(_ name: String) throws -> String {
        guard let text = try string(name) else {
            throw ProblemDetails.badRequest(name, zh: "缺少 \(name)", en: "\(name) is required")
        }
        return text
    }

    func bool(_ name: String) throws -> Bool? {
        guard let value = members[name], !(value is NSNull) else { return nil }
        guard let number = value as? NSNumber, String(cString: number.objCType) == "c" else {
            throw ProblemDetails.badRequest(name, zh: "\(name) 须为 true 或 false", en: "\(name) must be true or false")
        }
        return number.boolValue
    }

    func int(_ name: String) throws -> Int? {
        guard let value = members[name], !(value is NSNull) else { return nil }
        guard let number = value as? NSNumber, String(cString: number.objCType) != "c",
            let int = Int(exactly: number.doubleValue)
        else {
            throw ProblemDetails.badRequest(name, zh: "\(name) 须为整数", en: "\(name) must be a whole number")
        }
        return int
    }

    func enumValue<E: RegistryEnum>(_ name: String, _ type: E.Type) throws -> E? {
        guard let text = try string(name) else { return nil }
        guard let value = E(rawValue: text.trimmingCharacters(in: .whitespaces)) else {
            let valid = E.allCases.map(\.rawValue).joined(separator: ", ")
            throw ProblemDetails.badRequest(
                name, zh: "\(name) \(text)：可选值 \(valid)", en: "\(name) \(text): valid values are \(valid)")
        }
        return value
    }

    /// `on`: the day it happened (default today by the registry's clock; the registry refuses a
    /// future day, as for the CLI).
    func day(_ registry: any ServiceRegistry) throws -> LocalDate {
        guard let text = try string("on") else { return registry.clock.today() }
        do { return try LocalDate(parsing: text.trimmingCharacters(in: .whitespaces)) } catch {
            throw ProblemDetails.badRequest(
                "on", zh: "on \(text)：不是有效日期，请写成 YYYY-MM-DD，例如 2026-11-29",
                en: "on \(text): \(error.description); write YYYY-MM-DD, e.g. 2026-11-29")
        }
    }
}
