import Foundation
import HTTPTypes
import Hummingbird
import PuhuiOutput
import Registry

/// The anonymous reads under `/v1`: each parses its query, calls the operation the CLI command
/// calls and answers the CLI's `--format json`.
struct PublicRoutes {
    let access: RegistryAccess
    let configuration: ServerConfiguration

    static let link = HTTPField.Name("Link")!

    func add(to router: Router<ServiceRequestContext>) {
        router.get("/healthz") { _, _ in try await healthz() }
        router.get("/v1/outlets") { request, _ in try await outlets(request) }
        router.get("/v1/outlets/{id}") { request, context in
            try await outlet(request, id: try context.parameters.require("id"))
        }
        router.get("/v1/badges/{number}") { request, context in
            try await badge(request, number: try context.parameters.require("number"))
        }
        router.get("/v1/blacklist") { request, _ in try await blacklist(request) }
        router.get("/v1/stats") { request, _ in try await stats(request) }
        router.get("/v1/benchmarks/current") { request, _ in try await benchmarks(request, run: nil) }
        router.get("/v1/benchmarks/{run}") { request, context in
            let text = try context.parameters.require("run")
            guard let run = Int64(text), run > 0 else {
                throw ProblemDetails.badRequest(
                    "run", zh: "基准计算编号 \(text) 无效", en: "benchmark run \(text): give a run number")
            }
            return try await benchmarks(request, run: run)
        }
    }

    /// `{"status":"ok","schema":N}`: N is the number of schema migrations applied.
    func healthz() async throws -> Response {
        let schema = try await access.run { try await $0.schemaVersion() }
        return .json(try JSONOutput.encode(["status": JSONField.text("ok"), "schema": .number(Int64(schema))]))
    }

    /// The day an answer is for: `as_of`, else today in China by the registry's clock.
    func day(_ query: QueryReader) async throws -> LocalDate {
        if let given = try query.date("as_of") { return given }
        return access.registry.clock.today()
    }

    /// `search --format json`, with a `Link` to the next page.
    func outlets(_ request: Request) async throws -> Response {
        let query = try QueryReader(request, allowed: SearchRequest.parameterNames)
        let search = try SearchRequest(query)
        let result = try await search.run(access, day: try await day(query)).result
        var headers = HTTPFields()
        let next = search.parameters.offset + result.results.count
        if next < result.total, !result.results.isEmpty {
            headers[PublicRoutes.link] = "<\(nextPage(request, offset: next))>; rel=\"next\""
        }
        return .json(try JSONOutput.encode(result), headers: headers)
    }

    /// The request's URL at the service's public address, with `offset` replaced.
    func nextPage(_ request: Request, offset: Int) -> String {
        var components = URLComponents()
        components.queryItems =
            request.uri.queryParameters.filter { $0.key != "offset" }
            .map { URLQueryItem(name: String($0.key), value: String($0.value)) } + [
                URLQueryItem(name: "offset", value: String(offset))
            ]
        let query = components.percentEncodedQuery ?? ""
        return configuration.baseURL + request.uri.path + "?" + query
    }

    /// `show ID --format json`.
    func outlet(_ request: Request, id: String) async throws -> Response {
        let query = try QueryReader(request, allowed: ["as_of"])
        let date = try await day(query)
        let text = try await OutletDetailRequest.detail(access, id: id, asOf: date).encoded()
        return .json(text)
    }

    /// `badge verify NUMBER --format json`; a number that is no badge is a problem: 404 not
    /// found, 422 malformed or mistyped (with the suggestion).
    func badge(_ request: Request, number: String) async throws -> Response {
        let query = try QueryReader(request, allowed: ["as_of"])
        let date = try await day(query)
        let given = number.trimmingCharacters(in: .whitespacesAndNewlines)
        let lookup = try await access.run { try await $0.badges.lookUpBadge(given, asOf: date) }
        if case .found(let badge) = lookup {
            return .json(try JSONOutput.encode(BadgeJSON.found(badge)))
        }
        guard let refusal = BadgeJSON.refusal(given, lookup) else { throw ProblemDetails.http(.internalServerError) }
        let (status, kind, title): (HTTPResponse.Status, String, LocalizedText) =
            switch refusal.kind {
            case .notFound: (.notFound, "badge-not-found", LocalizedText(zh: "没有这个统一标识", en: "No such badge"))
            case .mistyped:
                (.unprocessableContent, "badge-mistyped", LocalizedText(zh: "统一标识编号抄错了", en: "Mistyped badge number"))
            case .malformed:
                (.unprocessableContent, "badge-malformed", LocalizedText(zh: "不是统一标识编号", en: "Not a badge number"))
            }
        throw ProblemDetails(status, kind: kind, title: title, detail: refusal.message, members: refusal.members)
    }

    /// `credit list --blacklist --format json`.
    func blacklist(_ request: Request) async throws -> Response {
        let query = try QueryReader(request, allowed: ["as_of"])
        let date = try await day(query)
        let entries = try await access.run { try await $0.credit.publicBlacklist(on: date) }
        return .json(try JSONOutput.encode(entries.map(BlacklistEntryJSON.init), snakeCase: true))
    }

    /// `stats --format json`.
    func stats(_ request: Request) async throws -> Response {
        let query = try QueryReader(request, allowed: ["as_of", "district"])
        let date = try await day(query)
        let district = query.string("district")
        let text = try await access.run { registry in
            try PlanStatisticsJSON.encode(
                try await PlanStatisticsRequest.statistics(registry, asOf: date, district: district, .query))
        }
        return .json(text)
    }

    /// `benchmark show [--run N] --format json`: the run's cells (the latest run's for `current`).
    func benchmarks(_ request: Request, run: Int64?) async throws -> Response {
        let query = try QueryReader(request, allowed: ["district", "kind"])
        let district = query.string("district")
        let kind = query.string("kind")
        let text = try await access.run { registry in
            let (found, cells) = try await BenchmarkShowRequest.cells(
                registry, runID: run, district: district, kind: kind, .query)
            return try JSONOutput.encode(
                JSONBenchmarkShow(run: found, cells: cells.map(JSONBenchmarkCell.init)), snakeCase: true)
        }
        return .json(text)
    }
}
