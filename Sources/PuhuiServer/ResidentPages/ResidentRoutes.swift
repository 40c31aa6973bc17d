import Foundation
import Hummingbird
import PuhuiOutput
import Registry

/// The residents' pages: server-rendered HTML that works with JavaScript off, in Chinese by
/// default and in English with `?lang=en`. Each page calls the operation its `/v1` twin calls
/// (`SearchRequest`, `OutletDetailRequest`, `lookUpBadge`) — no rule is implemented twice — and
/// a request a page cannot answer is a page too, in its language, with the problem's status.
/// Not in `/openapi.json`, which describes the JSON API (`RouteCatalogue`).
struct ResidentRoutes {
    let access: RegistryAccess
    let configuration: ServerConfiguration

    static let pageLimit = 50

    func add(to router: Router<ServiceRequestContext>) {
        router.get("/") { request, _ in await page(request) { text in try await home(request, text) } }
        router.get("/search") { request, _ in
            let values = SearchValues.of(request)
            return await page(request, searchValues: values) { text in try await search(request, text) }
        }
        router.get("/outlets/{id}") { request, context in
            await page(request) { text in try await outlet(request, id: try context.parameters.require("id"), text) }
        }
        router.get("/badge") { request, _ in
            await page(request) { text in try await badgeForm(request, text) }
        }
        router.get("/badge/{number}") { request, context in
            await page(request) { text in
                try await badge(request, number: try context.parameters.require("number"), text)
            }
        }
        router.get("/assets/puhui.css") { _, _ in Response.asset(PageAssets.css, type: "text/css") }
        router.get("/assets/locate.js") { _, _ in Response.asset(PageAssets.locateScript, type: "text/javascript") }
    }

    /// A page as built, before the layout.
    struct Built {
        var title: String
        var main: HTML
        var status: HTTPResponse.Status = .ok
        var script = false
        var redirect: String?
    }

    /// Builds a page in the request's language; what it throws becomes an error page with the
    /// problem's status and words (`ProblemDetails.from`, as `/v1` answers it).
    func page(
        _ request: Request, searchValues: [(String, String)]? = nil, _ build: (PageText) async throws -> Built
    ) async -> Response {
        let text = PageText(lang: PageLanguage.of(request))
        let synthetic = (try? await access.run { try await $0.outlets.holdsSyntheticSample() }) ?? false
        let layout = PageLayout(
            text: text, path: request.uri.path, query: PageLanguage.items(request), synthetic: synthetic)
        do {
            let built = try await build(text)
            if let redirect = built.redirect { return Response.seeOther(redirect) }
            return Response.page(
                layout.render(title: built.title, main: built.main, script: built.script), status: built.status,
                text.lang)
        } catch {
            return Self.errorPage(ProblemDetails.from(error), layout: layout, searchValues: searchValues)
        }
    }

    /// Whether `path` is one of the residents' pages (so a problem before its handler runs —
    /// the rate limit — is answered as a page too, not as problem+json).
    static func isPage(_ path: String) -> Bool {
        path == "/" || path == "/search" || path == "/badge" || path.hasPrefix("/outlets/") || path.hasPrefix("/badge/")
    }

    /// The page for a problem, with its status and headers (`Retry-After` of a 429).
    static func errorPage(_ problem: ProblemDetails, layout: PageLayout, searchValues: [(String, String)]? = nil)
        -> Response
    {
        let main = ErrorPage(text: layout.text, problem: problem, searchValues: searchValues).render()
        let html = layout.render(title: problem.title.text(layout.text.lang), main: main, script: searchValues != nil)
        var response = Response.page(html, status: problem.status, layout.text.lang)
        for field in problem.headers { response.headers.append(field) }
        return response
    }

    /// The page for a problem raised before any page handler ran (the rate limit): the layout
    /// without reading the registry, which the client is being asked to spare.
    static func errorPage(_ problem: ProblemDetails, for request: Request) -> Response {
        let text = PageText(lang: PageLanguage.of(request))
        let layout = PageLayout(
            text: text, path: request.uri.path, query: PageLanguage.items(request), synthetic: false)
        return errorPage(problem, layout: layout)
    }

    /// The day a page is for: `as_of`, else today in China by the registry's clock.
    func day(_ query: QueryReader) throws -> LocalDate {
        try query.date("as_of") ?? access.registry.clock.today()
    }

    func home(_ request: Request, _ text: PageText) async throws -> Built {
        _ = try QueryReader(request, allowed: PageLanguage.names, spell: text.fieldLabels)
        return Built(title: text.searchTitle, main: HomePage(text: text).render(), script: true)
    }

    /// `GET /search`: `/v1/outlets`'s parameters (blank fields dropped, as a form sends them).
    func search(_ request: Request, _ text: PageText) async throws -> Built {
        let query = try QueryReader(
            request, allowed: SearchRequest.parameterNames.union(PageLanguage.names), spell: text.fieldLabels,
            droppingEmpty: true)
        let search = try SearchRequest(query)
        // A page holds at most this many hits, so it stays small on a phone (≤ 100 KB).
        guard search.parameters.limit <= Self.pageLimit else {
            let words = text.pageLimit(Self.pageLimit)
            throw ProblemDetails.badRequest("limit", zh: words.zh, en: words.en)
        }
        let outcome = try await search.run(access, day: try day(query))
        let main = ResultsPage(text: text, outcome: outcome, values: SearchValues.of(request)).render()
        return Built(title: text.resultsTitle, main: main, script: true)
    }

    func outlet(_ request: Request, id: String, _ text: PageText) async throws -> Built {
        let query = try QueryReader(request, allowed: PageLanguage.names.union(["as_of"]), spell: text.fieldLabels)
        let detail = try await OutletDetailRequest.detail(access, id: id, asOf: try day(query))
        let divisions = try await access.run { try await $0.outlets.divisions() }
        let byCode = Dictionary(divisions.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        return Built(
            title: detail.record.outlet.name, main: OutletPage(text: text, detail: detail, divisions: byCode).render())
    }

    /// `/badge`: the form; `/badge?number=…` (the form sent) goes on to `/badge/{number}`.
    func badgeForm(_ request: Request, _ text: PageText) async throws -> Built {
        let query = try QueryReader(
            request, allowed: PageLanguage.names.union(["number"]), spell: text.fieldLabels, droppingEmpty: true)
        if let number = query.string("number")?.trimmingCharacters(in: .whitespacesAndNewlines), !number.isEmpty {
            let target = PageLayout.link("/badge/" + PageLayout.escapeQuery(number), [], text.lang)
            return Built(title: text.badgeTitle, main: .empty, redirect: target)
        }
        let main: HTML =
            "<h1>\(text.badgeTitle)</h1>\n<p class=\"lead\">\(text.badgeIntro)</p>\n\(BadgePage.form(text))"
        return Built(title: text.badgeTitle, main: main)
    }

    /// `/badge/{number}[?t=TOKEN]`: the live status (`lookUpBadge`, as `/v1/badges/{number}`),
    /// and the printed token's signature checked with the badge public key.
    func badge(_ request: Request, number: String, _ text: PageText) async throws -> Built {
        let query = try QueryReader(
            request, allowed: PageLanguage.names.union(["t", "as_of"]), spell: text.fieldLabels)
        let date = try day(query)
        let given = number.trimmingCharacters(in: .whitespacesAndNewlines)
        let lookup = try await access.run { try await $0.badges.lookUpBadge(given, asOf: date) }
        var found: Badge?
        if case .found(let badge) = lookup { found = badge }
        let token = BadgeTokenCheck.check(
            token: query.string("t"), number: given, badge: found, key: configuration.badgePublicKey)
        let status: HTTPResponse.Status =
            switch lookup {
            case .found: .ok
            case .notFound: .notFound
            case .malformed, .mistyped: .unprocessableContent
            }
        let page = BadgePage(text: text, given: given, lookup: lookup, token: token)
        return Built(title: text.badgeTitle, main: page.render(), status: status)
    }
}

/// The search form's values as the request gave them, in order (for refilling the form and the
/// page links).
enum SearchValues {
    static func of(_ request: Request) -> [(String, String)] {
        request.uri.queryParameters.map { (String($0.key), String($0.value)) }
            .filter {
                $0.0 != "lang" && SearchRequest.parameterNames.contains($0.0)
                    && $0.1.count <= QueryReader.maxValueLength
            }
            .prefix(QueryReader.maxItems).map { $0 }
    }
}
