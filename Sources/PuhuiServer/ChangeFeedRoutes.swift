import Hummingbird
import PuhuiOutput
import Registry

/// `GET /v1/changes?after=SEQ&limit=N`: the registry's changes in audit-chain order, so a
/// partner mirrors the registry by polling with the last `next`. Anonymous readers see what
/// changed (action, entity, the record after); officers also see who, why, the record before and
/// whether it came through the API. Entries about officers and their tokens carry no record for
/// anonymous readers (officers' names are not public).
struct ChangeFeedRoutes {
    let access: RegistryAccess

    static let defaultLimit = 100
    static let maxLimit = 1_000
    static let privateEntityTypes: Set<String> = ["officer", "officer_token"]

    func add(to router: Router<ServiceRequestContext>) {
        router.get("/v1/changes") { request, context in try await changes(request, context) }
    }

    func changes(_ request: Request, _ context: ServiceRequestContext) async throws -> Response {
        let query = try QueryReader(request, allowed: ["after", "limit"])
        let after = try query.int("after") ?? 0
        let limit = try query.int("limit") ?? Self.defaultLimit
        guard after >= 0 else {
            throw ProblemDetails.badRequest("after", zh: "after 不能为负数", en: "after must not be negative")
        }
        guard (1...Self.maxLimit).contains(limit) else {
            throw ProblemDetails.badRequest(
                "limit", zh: "limit 请给 1 到 \(Self.maxLimit)", en: "limit: give 1 to \(Self.maxLimit)")
        }
        let forOfficer = context.identity != nil
        let entries = try await access.run { registry in
            try await registry.audit.auditEntries(from: Int64(after) + 1, limit: limit)
        }
        let changes: [JSONField] = entries.map { entry in
            var change: [String: JSONField] = [
                "seq": .number(entry.seq), "at": .text(entry.at), "action": .text(entry.action),
                "entity_type": .text(entry.entityType), "entity_id": .text(entry.entityID),
                "after": Self.record(
                    entry.afterJSON, public: !forOfficer && Self.privateEntityTypes.contains(entry.entityType)),
            ]
            if forOfficer {
                change["officer"] = .text(entry.officer)
                change["reason"] = .text(entry.reason)
                change["before"] = entry.beforeJSON.flatMap(JSONField.parse) ?? .null
                change["via"] = .text(entry.channel?.channel ?? "cli")
                change["token"] = entry.channel.map { .text($0.tokenID) } ?? .null
            }
            return .object(change)
        }
        let next = entries.last?.seq ?? Int64(after)
        return .json(try JSONOutput.encode(["changes": JSONField.array(changes), "next": .number(next)]))
    }

    /// A stored record as JSON; withheld (null) where it is not public.
    static func record(_ text: String?, public withheld: Bool) -> JSONField {
        guard !withheld, let text else { return .null }
        return JSONField.parse(text) ?? .text(text)
    }
}
