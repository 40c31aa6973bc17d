/// Every route of the JSON API, with what the OpenAPI document says of it: the one list
/// `/openapi.json` is built from and the tests check the router and the answers against. The
/// residents' HTML pages (`/`, `/search`, `/outlets/{id}`, `/badge`, `/badge/{number}`,
/// `/assets/…`: `ResidentRoutes`) are deliberately not here: they are pages for people, not an
/// API for programs, and `/search` takes `/v1/outlets`'s parameters (`SearchRequest`).
package struct RouteCatalogue: Sendable {
    package struct Entry: Sendable {
        package let method: String
        /// OpenAPI path template (`/v1/outlets/{id}`).
        package let path: String
        package let summary: String
        package let query: [String]
        /// Status codes the route may answer (besides 304, 400, 429 and 500, common to all).
        package let statuses: [Int]
        package let officer: Bool
        /// The request body's media type, for POSTs.
        package let body: String?

        init(
            _ method: String, _ path: String, _ summary: String, query: [String] = [], statuses: [Int] = [200],
            officer: Bool = false, body: String? = nil
        ) {
            self.method = method
            self.path = path
            self.summary = summary
            self.query = query
            self.statuses = statuses
            self.officer = officer
            self.body = body
        }
    }

    static let search = [
        "near", "place", "datum", "radius", "kind", "age_class", "max_price", "vacancy", "keyword", "all_statuses",
        "sort", "max_ratio", "limit", "offset", "as_of",
    ]
    static let hsdsList = [
        "search", "page", "per_page", "minimal", "full", "format", "modified_after", "lat", "lon", "radius",
    ]
    static let hsdsOrganizations = ["search", "page", "per_page", "full", "format", "minimal", "modified_after"]
    static let step = [200, 401, 403, 404, 422]
    static let record = [201, 401, 403, 404, 422]

    package static let entries: [Entry] = [
        Entry("get", "/healthz", "Liveness and the schema version"),
        Entry("get", "/openapi.json", "This document"),
        Entry(
            "get", "/v1/outlets", "Nearby search: exactly `puhui search --format json`", query: search,
            statuses: [200, 404]),
        Entry(
            "get", "/v1/outlets/{id}", "One outlet: `puhui show ID --format json`", query: ["as_of"],
            statuses: [200, 404]),
        Entry(
            "get", "/v1/badges/{number}", "Badge check: `puhui badge verify NUMBER --format json`", query: ["as_of"],
            statuses: [200, 404, 422]),
        Entry(
            "get", "/v1/blacklist", "The public blacklist: `puhui credit list --blacklist --format json`",
            query: ["as_of"]),
        Entry("get", "/v1/stats", "The plan's targets: `puhui stats --format json`", query: ["as_of", "district"]),
        Entry(
            "get", "/v1/benchmarks/current", "The latest benchmark run's cells: `puhui benchmark show --format json`",
            query: ["district", "kind"], statuses: [200, 422]),
        Entry(
            "get", "/v1/benchmarks/{run}", "A benchmark run's cells: `puhui benchmark show --run N --format json`",
            query: ["district", "kind"], statuses: [200, 422]),
        Entry(
            "get", "/v1/changes", "The change feed from the audit chain", query: ["after", "limit"],
            statuses: [200, 401]),
        Entry(
            "post", "/v1/outlets/{id}/recognition/{step}",
            "A `puhui certify` step (apply, review, notice, object, decide, suspend, reinstate, revoke, renew)",
            statuses: step, officer: true, body: "application/json"),
        Entry(
            "post", "/v1/recognition/expire", "`puhui certify expire`", statuses: step, officer: true,
            body: "application/json"),
        Entry(
            "post", "/v1/outlets/{id}/pledges", "`puhui pledge sign`", statuses: record, officer: true,
            body: "application/json"),
        Entry(
            "post", "/v1/outlets/{id}/breaches", "`puhui credit breach`", statuses: record, officer: true,
            body: "application/json"),
        Entry(
            "post", "/v1/blacklistings/{id}/repair", "`puhui credit repair`", statuses: step, officer: true,
            body: "application/json"),
        Entry(
            "post", "/v1/outlets/{id}/reviews", "`puhui review add`", statuses: record, officer: true,
            body: "application/json"),
        Entry(
            "post", "/v1/reviews/{id}/follow-ups", "`puhui review follow-up`", statuses: record, officer: true,
            body: "application/json"),
        Entry(
            "post", "/v1/outlets/{id}/inspections", "`puhui inspection add`", statuses: record, officer: true,
            body: "application/json"),
        Entry(
            "post", "/v1/badges/{number}/reissue", "`puhui badge reissue`", statuses: step, officer: true,
            body: "application/json"),
        Entry(
            "post", "/v1/imports/{table}", "`puhui import operators|outlets|prices` (CSV body; all or nothing)",
            query: ["dry_run", "update", "reason"], statuses: [200, 201, 401, 403, 404, 413, 422], officer: true,
            body: "text/csv"),
        Entry("get", "/hsds/", "HSDS 3.0: version, profile, openapi_url"),
        Entry("get", "/hsds/services", "HSDS services", query: hsdsList),
        Entry("get", "/hsds/services/{id}", "HSDS service (full)", statuses: [200, 404]),
        Entry(
            "get", "/hsds/service_at_locations", "HSDS services at locations, with lat/lon/radius proximity",
            query: hsdsList),
        Entry("get", "/hsds/service_at_locations/{id}", "HSDS service at location", statuses: [200, 404]),
        Entry("get", "/hsds/organizations", "HSDS organizations (operators)", query: hsdsOrganizations),
        Entry("get", "/hsds/organizations/{id}", "HSDS organization by 统一社会信用代码", statuses: [200, 404]),
    ]

    /// The catalogue entry whose template matches `method path` (`/v1/outlets/NT-0001`).
    package static func entry(method: String, path: String) -> Entry? {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        return entries.first { entry in
            guard entry.method == method.lowercased() else { return false }
            let template = entry.path.split(separator: "/", omittingEmptySubsequences: false)
            guard template.count == parts.count else { return false }
            return zip(template, parts).allSatisfy { t, p in t.hasPrefix("{") || t == p }
        }
    }
}
