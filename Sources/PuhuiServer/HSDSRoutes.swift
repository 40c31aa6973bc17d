import Foundation
import Hummingbird
import PuhuiOutput
import Registry

/// HSDS 3.0 under `/hsds/`: the API reference's `/`, `/services[/{id}]`, `/organizations[/{id}]`
/// and `/service_at_locations[/{id}]`, with `search`, `page`, `per_page`, `minimal`, `full` and
/// `format=ndjson` and `modified_after` (changed at or after an instant, by the audit chain: an
/// outlet when it, its recognition or a price changed; an operator when it changed), plus this
/// profile's proximity search (`lat`, `lon`, `radius` in metres).
/// Lists come from the nearby search (every outlet, whatever its recognition: a directory), in
/// its order; records from the same reads as `show`.
struct HSDSRoutes {
    let access: RegistryAccess
    let configuration: ServerConfiguration

    static let defaultPerPage = 20
    static let maxPerPage = 100
    static let listParameters = Set(RouteCatalogue.hsdsList)

    func add(to router: Router<ServiceRequestContext>) {
        router.get("/hsds") { _, _ in try root() }
        router.get("/hsds/services") { request, _ in try await list(request, shape: .service) }
        router.get("/hsds/service_at_locations") { request, _ in try await list(request, shape: .serviceAtLocation) }
        router.get("/hsds/services/{id}") { request, context in
            try await record(request, id: try context.parameters.require("id"), shape: .service)
        }
        router.get("/hsds/service_at_locations/{id}") { request, context in
            try await record(request, id: try context.parameters.require("id"), shape: .serviceAtLocation)
        }
        router.get("/hsds/organizations") { request, _ in try await organizations(request) }
        router.get("/hsds/organizations/{id}") { request, context in
            try await organization(request, uscc: try context.parameters.require("id"))
        }
    }

    enum Shape { case service, serviceAtLocation }

    func root() throws -> Response {
        .json(
            try JSONOutput.encode([
                "version": JSONField.text(HSDSMapping.version),
                "profile": .text(configuration.baseURL + "/openapi.json#hsds-profile-puhui"),
                "openapi_url": .text(configuration.baseURL + "/openapi.json"),
            ]))
    }

    struct Paging {
        var page: Int
        var perPage: Int
        var ndjson: Bool
        var full: Bool
        var minimal: Bool
    }

    func paging(_ query: QueryReader) throws -> Paging {
        let page = try query.int("page") ?? 1
        let perPage = try query.int("per_page") ?? Self.defaultPerPage
        guard page >= 1, page <= 100_000 else {
            throw ProblemDetails.badRequest("page", zh: "page 须为 1 到 100000", en: "page: give 1 to 100000")
        }
        guard (1...Self.maxPerPage).contains(perPage) else {
            throw ProblemDetails.badRequest(
                "per_page", zh: "per_page 须为 1 到 \(Self.maxPerPage)", en: "per_page: give 1 to \(Self.maxPerPage)")
        }
        let format = query.string("format") ?? "json"
        guard ["json", "ndjson"].contains(format) else {
            throw ProblemDetails.badRequest("format", zh: "format 可选 json 或 ndjson", en: "format: json or ndjson")
        }
        return Paging(
            page: page, perPage: perPage, ndjson: format == "ndjson", full: try query.bool("full") ?? false,
            minimal: try query.bool("minimal") ?? false)
    }

    /// `/services` and `/service_at_locations`: a page of the nearby (or city-wide) search.
    func list(_ request: Request, shape: Shape) async throws -> Response {
        let query = try QueryReader(request, allowed: Self.listParameters)
        let paging = try paging(query)
        var parameters = SearchParameters()
        parameters.allStatuses = true
        parameters.keyword = query.string("search").flatMap {
            $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0
        }
        let lat = query.string("lat")
        let lon = query.string("lon")
        if lat != nil || lon != nil {
            guard let lat, let lon else {
                throw ProblemDetails.badRequest("lat", zh: "lat 与 lon 须同时给出", en: "give lat and lon together")
            }
            parameters.near = "\(lat),\(lon)"
            parameters.radius = try query.int("radius") ?? parameters.radius
        } else if query.string("radius") != nil {
            throw ProblemDetails.badRequest("radius", zh: "radius 须与 lat、lon 同用", en: "radius goes with lat and lon")
        }
        parameters.limit = paging.perPage
        parameters.offset = (paging.page - 1) * paging.perPage
        if parameters.near != nil { try parameters.validate(.query) }
        var built = try parameters.query(asOf: access.registry.clock.today(), .query)
        built.compareWithMarket = false
        built.modifiedSince = try query.instant("modified_after")
        let searchQuery = built
        let asOf = access.registry.clock.today()
        let full = paging.full
        let (total, items) = try await access.run { registry -> (Int, [JSONField]) in
            let result = try await registry.directory.search(searchQuery)
            var items: [JSONField] = []
            for hit in result.results {
                if full, let record = try await registry.outlets.outletRecord(id: hit.id) {
                    items.append(.object(Self.full(record, asOf: asOf, shape: shape)))
                    continue
                }
                switch shape {
                case .service: items.append(.object(HSDSMapping.service(hit)))
                case .serviceAtLocation:
                    var out = HSDSMapping.serviceAtLocation(hit)
                    if paging.minimal { out["service"] = nil }
                    items.append(.object(out))
                }
            }
            return (result.total, items)
        }
        return try page(items, total: total, paging)
    }

    /// The HSDS `Page` with `contents`, or one JSON object a line for `format=ndjson`.
    func page(_ items: [JSONField], total: Int, _ paging: Paging) throws -> Response {
        if paging.ndjson {
            let lines = try items.map { try JSONOutput.compact($0) }.joined(separator: "\n")
            return .json(lines.isEmpty ? "" : lines + "\n", type: "application/x-ndjson")
        }
        let pages = max(1, (total + paging.perPage - 1) / paging.perPage)
        return .json(
            try JSONOutput.encode([
                "total_items": JSONField.number(Int64(total)), "total_pages": .number(Int64(pages)),
                "page_number": .number(Int64(paging.page)), "size": .number(Int64(items.count)),
                "first_page": .bool(paging.page == 1), "last_page": .bool(paging.page >= pages),
                "empty": .bool(items.isEmpty),
                "contents": .array(items),
            ]))
    }

    func record(_ request: Request, id: String, shape: Shape) async throws -> Response {
        _ = try QueryReader(request, allowed: [])
        let asOf = access.registry.clock.today()
        let wanted = id.trimmingCharacters(in: .whitespaces)
        let object = try await access.run { registry -> [String: JSONField] in
            guard let record = try await registry.outlets.outletRecord(id: wanted) else {
                throw RegistryError.outletNotFound(wanted)
            }
            return Self.full(record, asOf: asOf, shape: shape)
        }
        return .json(try JSONOutput.encode(object))
    }

    /// A whole record: a service with its arrays, or a service at location with its service.
    static func full(_ record: OutletRecord, asOf: LocalDate, shape: Shape) -> [String: JSONField] {
        switch shape {
        case .service: return HSDSMapping.service(record, asOf: asOf, nested: true)
        case .serviceAtLocation:
            var out = HSDSMapping.serviceAtLocation(record, asOf: asOf, withService: true)
            out["service"] = .object(HSDSMapping.service(record, asOf: asOf, nested: true))
            return out
        }
    }

    /// `/organizations`: operators by credit code (`search` in the name or code).
    func organizations(_ request: Request) async throws -> Response {
        let query = try QueryReader(request, allowed: Set(RouteCatalogue.hsdsOrganizations))
        let paging = try paging(query)
        let search = query.string("search")?.trimmingCharacters(in: .whitespaces)
        let modifiedAfter = try query.instant("modified_after")
        let (total, items) = try await access.run { registry -> (Int, [JSONField]) in
            var names = try await registry.outlets.operatorNames().sorted { $0.key < $1.key }
            if let modifiedAfter {
                let changed = try await registry.audit.entityIDs(ofType: "operator", changedSince: modifiedAfter)
                names = names.filter { changed.contains($0.key) }
            }
            if let search, !search.isEmpty {
                names = names.filter { $0.key.contains(search.uppercased()) || $0.value.contains(search) }
            }
            let start = min(names.count, (paging.page - 1) * paging.perPage)
            let slice = names[start..<min(names.count, start + paging.perPage)]
            var items: [JSONField] = []
            for (uscc, _) in slice {
                if let op = try await registry.outlets.operatorRecord(uscc: uscc) {
                    items.append(.object(HSDSMapping.organization(op, nested: paging.full)))
                }
            }
            return (names.count, items)
        }
        return try page(items, total: total, paging)
    }

    func organization(_ request: Request, uscc: String) async throws -> Response {
        _ = try QueryReader(request, allowed: [])
        let code = uscc.trimmingCharacters(in: .whitespaces).uppercased()
        let object = try await access.run { registry -> [String: JSONField] in
            guard let op = try await registry.outlets.operatorRecord(uscc: code) else {
                throw ProblemDetails(
                    .notFound, kind: "not-found", title: LocalizedText(zh: "未找到", en: "Not found"),
                    detail: LocalizedText(zh: "没有统一社会信用代码为 \(code) 的运营主体", en: "no operator with credit code \(code)"))
            }
            return HSDSMapping.organization(op, nested: true)
        }
        return .json(try JSONOutput.encode(object))
    }
}
