import Foundation
import Hummingbird
import PuhuiOutput
import Registry

/// The officers' writes: each needs a bearer token, acts as its officer (district scope checked
/// by the registry inside the write, as for the CLI), records in the audit log that it came
/// through the API with that token, and answers the CLI's `--format json`. A refusal writes
/// nothing.
struct OfficerRoutes {
    let access: RegistryAccess
    let configuration: ServerConfiguration

    /// The members every recording step takes, as the CLI's `RecordingOptions`.
    static let recording: Set<String> = ["on", "reason"]
    static let step: Set<String> = recording.union(["basis"])

    func add(to router: Router<ServiceRequestContext>) {
        router.post("/v1/outlets/{id}/recognition/{step}") { request, context in
            try await recognition(
                request, context, outlet: try context.parameters.require("id"),
                step: try context.parameters.require("step"))
        }
        router.post("/v1/recognition/expire") { request, context in
            try await write(request, context, allowed: Self.step, status: .ok) { registry, body, officer in
                let day = try body.day(registry)
                let results = try await registry.recognition.expireLapsedRecognitions(
                    on: day, officer: officer, reason: try body.string("reason") ?? "",
                    basis: try body.string("basis") ?? "")
                return try JSONOutput.encode(results.map(RecognitionStepJSON.init), snakeCase: true)
            }
        }
        router.post("/v1/outlets/{id}/pledges") { request, context in
            let outlet = try context.parameters.require("id")
            return try await write(request, context, allowed: Self.recording.union(["signatory", "role"])) {
                registry, body, officer in
                let pledge = try await registry.credit.signPledge(
                    outletID: outlet, signatory: try body.required("signatory"),
                    role: try body.enumValue("role", SignatoryRole.self) ?? .legalRepresentative,
                    on: try body.day(registry),
                    templates: try PledgeTemplates.embedded(), officer: officer, reason: try body.string("reason") ?? ""
                )
                return try JSONOutput.encode(pledge, snakeCase: true)
            }
        }
        router.post("/v1/outlets/{id}/breaches") { request, context in
            let outlet = try context.parameters.require("id")
            return try await write(request, context, allowed: Self.recording.union(["category", "evidence"])) {
                registry, body, officer in
                guard let category = try body.enumValue("category", BreachCategory.self) else {
                    throw ProblemDetails.badRequest("category", zh: "缺少 category", en: "category is required")
                }
                let outcome = try await registry.credit.recordBreach(
                    outletID: outlet, category: category, evidence: try body.required("evidence"),
                    on: try body.day(registry),
                    ruleSet: try DefaultRuleSet.load(), templates: try PledgeTemplates.embedded(), officer: officer,
                    reason: try body.string("reason") ?? "")
                return try JSONOutput.encode(BreachRecordedJSON(outcome), snakeCase: true)
            }
        }
        router.post("/v1/blacklistings/{id}/repair") { request, context in
            let id = try Self.number(try context.parameters.require("id"), "id")
            return try await write(request, context, allowed: Self.recording.union(["signatory", "role"]), status: .ok)
            { registry, body, officer in
                let listing = try await registry.credit.repairBlacklisting(
                    id: id, on: try body.day(registry), signatory: try body.required("signatory"),
                    role: try body.enumValue("role", SignatoryRole.self) ?? .legalRepresentative,
                    templates: try PledgeTemplates.embedded(), officer: officer, reason: try body.string("reason") ?? ""
                )
                return try JSONOutput.encode(listing, snakeCase: true)
            }
        }
        router.post("/v1/outlets/{id}/reviews") { request, context in
            let outlet = try context.parameters.require("id")
            return try await write(request, context, allowed: Self.recording.union(["score", "text"])) {
                registry, body, officer in
                guard let score = try body.int("score") else {
                    throw ProblemDetails.badRequest("score", zh: "缺少 score（1–5）", en: "score (1–5) is required")
                }
                guard ReviewScore(rawValue: score) != nil else { throw CreditError.invalidScore(score) }
                let recorded = try await registry.reviews.addReview(
                    outletID: outlet, score: score, on: try body.day(registry), text: try body.string("text"),
                    ruleSet: try DefaultRuleSet.load(), calendar: try WorkingDayCalendar.embedded(), officer: officer,
                    reason: try body.string("reason") ?? "")
                return try JSONOutput.encode(recorded.review, snakeCase: true)
            }
        }
        router.post("/v1/reviews/{id}/follow-ups") { request, context in
            let id = try Self.number(try context.parameters.require("id"), "id")
            return try await write(request, context, allowed: Self.recording.union(["text", "rectified"])) {
                registry, body, officer in
                let review = try await registry.reviews.followUpReview(
                    id: id, on: try body.day(registry), text: try body.required("text"),
                    rectified: try body.bool("rectified") ?? false,
                    officer: officer, reason: try body.string("reason") ?? "")
                return try JSONOutput.encode(review, snakeCase: true)
            }
        }
        router.post("/v1/outlets/{id}/inspections") { request, context in
            let outlet = try context.parameters.require("id")
            return try await write(request, context, allowed: Self.recording.union(["result", "notes"])) {
                registry, body, officer in
                guard let result = try body.enumValue("result", InspectionResult.self) else {
                    throw ProblemDetails.badRequest("result", zh: "缺少 result", en: "result is required")
                }
                let inspection = try await registry.inspections.addInspection(
                    outletID: outlet, on: try body.day(registry), result: result, notes: try body.string("notes"),
                    officer: officer,
                    reason: try body.string("reason") ?? "")
                return try JSONOutput.encode(inspection, snakeCase: true)
            }
        }
        router.post("/v1/badges/{number}/reissue") { request, context in
            let number = try context.parameters.require("number")
            return try await write(request, context, allowed: Self.step, status: .ok) { registry, body, officer in
                let result = try await registry.badges.reissueBadge(
                    number: number, on: try body.day(registry), officer: officer,
                    reason: try body.string("reason") ?? "")
                return try JSONOutput.encode([RecognitionStepJSON(result)], snakeCase: true)
            }
        }
        router.post("/v1/imports/{table}") { request, context in
            try await importCSV(request, context, table: try context.parameters.require("table"))
        }
    }

    static func number(_ text: String, _ name: String) throws -> Int64 {
        guard let value = Int64(text), value > 0 else {
            throw ProblemDetails.badRequest(name, zh: "\(name) \(text)：请写编号（正整数）", en: "\(name) \(text): give a number")
        }
        return value
    }

    /// The officer the request's token stands for, or 401.
    static func officer(_ context: ServiceRequestContext) throws -> OfficerIdentity {
        guard let identity = context.identity else {
            throw ProblemDetails.unauthorized(
                LocalizedText(
                    zh: "此操作须带经办人令牌：Authorization: Bearer 令牌（puhui officer token issue 签发）",
                    en: "this needs an officer token: Authorization: Bearer TOKEN (issued by puhui officer token issue)"
                ))
        }
        return identity
    }

    /// Reads the body, runs `body` as the token's officer with the API channel recorded, and
    /// answers its JSON.
    func write(
        _ request: Request, _ context: ServiceRequestContext, allowed: Set<String>,
        status: HTTPResponse.Status = .created,
        _ operation: @escaping @Sendable (any ServiceRegistry, RequestBody, String) async throws -> String
    ) async throws -> Response {
        let identity = try Self.officer(context)
        let body = try await RequestBody(request, allowed: allowed)
        let text = try await run(identity) { registry in try await operation(registry, body, identity.officer.id) }
        return Self.answer(text, status: status, identity)
    }

    func run<T: Sendable>(_ identity: OfficerIdentity, _ body: @Sendable (any ServiceRegistry) async throws -> T)
        async throws -> T
    {
        try await access.run(as: access.registry.recording(through: .api(tokenID: identity.tokenID)), body)
    }

    static func answer(_ text: String, status: HTTPResponse.Status, _ identity: OfficerIdentity) -> Response {
        var headers = HTTPFields()
        headers[AccessLogMiddleware.officerField] = identity.officer.id
        headers[.cacheControl] = "no-store"
        return .json(text, status: status, headers: headers)
    }

    /// `POST /v1/outlets/{id}/recognition/{step}`: every `certify` step, with the members of its
    /// options.
    func recognition(_ request: Request, _ context: ServiceRequestContext, outlet: String, step: String) async throws
        -> Response
    {
        let allowed: Set<String>
        switch step {
        case "apply": allowed = Self.step.union(["level"])
        case "review": allowed = Self.step.union(["run"])
        case "notice": allowed = Self.step.union(["override"])
        case "object": allowed = Self.step.union(["by", "text"])
        case "decide": allowed = Self.step.union(["approve", "reject"])
        case "suspend", "reinstate", "revoke", "renew": allowed = Self.step
        default:
            throw ProblemDetails(
                .notFound, kind: "no-such-step", title: LocalizedText(zh: "没有这个认定步骤", en: "No such recognition step"),
                detail: LocalizedText(
                    zh: "步骤 \(step) 不存在。可用：apply, review, notice, object, decide, suspend, reinstate, revoke, renew",
                    en:
                        "no step \(step). Steps: apply, review, notice, object, decide, suspend, reinstate, revoke, renew"
                ))
        }
        return try await write(request, context, allowed: allowed, status: .ok) { registry, body, officer in
            let day = try body.day(registry)
            let reason = try body.string("reason") ?? ""
            let basis = try body.string("basis") ?? ""
            let id = outlet.trimmingCharacters(in: .whitespaces)
            let result: RecognitionStepResult
            switch step {
            case "apply":
                guard let level = try body.enumValue("level", CertificationLevel.self) else {
                    throw ProblemDetails.badRequest("level", zh: "缺少 level", en: "level is required")
                }
                result = try await registry.recognition.applyForRecognition(
                    outletID: id, level: level, on: day, officer: officer, reason: reason, basis: basis)
            case "review":
                result = try await registry.recognition.reviewRecognition(
                    outletID: id, runID: try body.int("run").map(Int64.init), ruleSet: try DefaultRuleSet.load(),
                    on: day,
                    officer: officer, reason: reason, basis: basis)
            case "notice":
                result = try await registry.recognition.publishNotice(
                    outletID: id, on: day, override: try body.string("override"), ruleSet: try DefaultRuleSet.load(),
                    calendar: try WorkingDayCalendar.embedded(), officer: officer, reason: reason, basis: basis)
            case "object":
                result = try await registry.recognition.recordObjection(
                    outletID: id, by: try body.required("by"), text: try body.required("text"), on: day,
                    officer: officer, reason: reason)
            case "decide":
                let approve = try body.bool("approve") ?? false
                let reject = try body.bool("reject") ?? false
                guard approve != reject else {
                    throw ProblemDetails.badRequest(
                        "approve", zh: "请给 approve 或 reject 之一为 true",
                        en: "give approve or reject (one of them) as true")
                }
                result = try await registry.recognition.decideRecognition(
                    outletID: id, approve: approve, on: day, ruleSet: try DefaultRuleSet.load(), officer: officer,
                    reason: reason,
                    basis: basis)
            case "renew":
                result = try await registry.recognition.renewRecognition(
                    outletID: id, on: day, ruleSet: try DefaultRuleSet.load(), officer: officer, reason: reason,
                    basis: basis)
            default:
                let action: RecognitionAction =
                    step == "suspend" ? .suspend : step == "reinstate" ? .reinstate : .revoke
                result = try await registry.recognition.changeRecognition(
                    outletID: id, action, on: day, officer: officer, reason: reason, basis: basis)
            }
            return try JSONOutput.encode([RecognitionStepJSON(result)], snakeCase: true)
        }
    }

    /// `POST /v1/imports/{operators|outlets|prices}?dry_run=true&update=true` with a CSV body:
    /// all or nothing; 422 with every problem (line, column, value, reason).
    func importCSV(_ request: Request, _ context: ServiceRequestContext, table name: String) async throws -> Response {
        let identity = try Self.officer(context)
        guard let table = RegistryTable(rawValue: name) else {
            throw ProblemDetails(
                .notFound, kind: "no-such-table", title: LocalizedText(zh: "没有这种导入", en: "No such import"),
                detail: LocalizedText(zh: "可导入：operators, outlets, prices", en: "imports: operators, outlets, prices"))
        }
        let query = try QueryReader(request, allowed: ["dry_run", "update", "reason"])
        let options = ImportOptions(
            officer: identity.officer.id, reason: query.string("reason") ?? "",
            update: try query.bool("update") ?? false,
            dryRun: try query.bool("dry_run") ?? false)
        var request = request
        let buffer = try await request.collectBody(upTo: configuration.maxBodyBytes)
        let bytes = Array(buffer.readableBytesView)
        let summary = try await run(identity) { registry in
            try await registry.imports.importCSV(table, bytes: bytes, fileName: "\(name).csv", options: options)
        }
        return Self.answer(
            try JSONOutput.encode(ImportSummaryJSON.field(summary)), status: options.dryRun ? .ok : .created, identity)
    }
}
