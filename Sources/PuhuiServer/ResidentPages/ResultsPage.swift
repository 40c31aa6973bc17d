import Foundation
import PuhuiOutput
import Registry

/// `GET /search`'s page: what was searched, the hits' map, the hits (each with its distance, fee
/// against the market, recognition and badge number, linked to its outlet page and its badge
/// check), pages, the market note, and the form to change the search.
struct ResultsPage {
    let text: PageText
    let outcome: SearchRequest.Outcome
    let values: [(String, String)]

    var query: NearbyQuery { outcome.query }
    var result: SearchResult { outcome.result }

    func heading() -> String {
        let scope = query.allStatuses ? text.scopeAll : text.scopeCertified
        let day = outcome.day
        guard let centre = query.centre else { return text.cityWide(scope: scope, asOf: day) }
        let around = outcome.place?.qualifiedName ?? "\(text.yourPoint) \(Self.coordinate(centre))"
        return text.around(around, radius: Int(query.radius), scope: scope, asOf: day)
    }

    static func coordinate(_ point: GeoPoint) -> String {
        String(format: "%.5f,%.5f", point.lat, point.lon)
    }

    func render() -> HTML {
        var main: HTML = "<h1>\(text.resultsTitle)</h1>\n<p class=\"lead\">\(heading())</p>\n"
        if result.results.isEmpty {
            main +=
                "<p class=\"empty\">\(result.total == 0 ? text.noneFound : text.pastTheEnd(total: result.total))</p>\n"
        } else {
            let first = query.offset + 1
            let last = query.offset + result.results.count
            main += "<p>\(text.found(total: result.total, first: first, last: last))</p>\n"
            main += HitsMap(
                text: text, hits: result.results, firstNumber: first, centre: query.centre, radius: query.radius
            ).render()
            main += "<ol class=\"hits\" start=\"\(first)\">\(result.results.map(hitItem))</ol>\n"
            main += pager()
        }
        main += "<p class=\"note\">\(marketNote())</p>\n"
        main +=
            "<details class=\"change\"><summary>\(text.changeSearch)</summary>\(SearchForm(text: text, values: values).render())</details>\n"
        return main
    }

    func hitItem(_ hit: SearchHit) -> HTML {
        let lang = text.lang
        let distance = hit.distanceMetres.map { Formatting.distance($0, lang) } ?? "—"
        let kind = Formatting.name(OutletKind.self, hit.kind, lang)
        let market = Formatting.marketPosition(of: hit, lang) ?? text.noComparison
        let badge: HTML =
            hit.certification?.badgeNo.map { number in
                "<a href=\"\(PageLayout.link("/badge/" + PageLayout.escapeQuery(number), [], lang))\">\(number)</a>"
            } ?? ("\(text.noBadge)" as HTML)
        return """
            <li class="hit"><h2><a href="\(PageLayout.link("/outlets/" + PageLayout.escapeQuery(hit.id), [], lang))">\(hit.name)</a></h2>
            <dl>
            <dt>\(text.distance)</dt><dd>\(distance)</dd>
            <dt>\(text.kind)</dt><dd>\(kind)</dd>
            <dt>\(text.monthlyFrom)</dt><dd>\(Formatting.monthly(hit.monthlyPriceFen.map(Int64.init), lang))</dd>
            <dt>\(text.againstMarket)</dt><dd>\(market)</dd>
            <dt>\(text.recognition)</dt><dd>\(recognition(hit.certification))</dd>
            <dt>\(text.badgeNumber)</dt><dd>\(badge)</dd>
            <dt>\(text.address)</dt><dd>\(hit.address)</dd>
            </dl></li>

            """
    }

    func recognition(_ certification: SearchHit.Certification?) -> String {
        guard let certification else { return text.notRecognised }
        let level = Formatting.name(CertificationLevel.self, certification.level, text.lang)
        if certification.status == CertificationStatus.certified.rawValue, let validTo = certification.validTo {
            return text.recognised(level: level, validTo: validTo)
        }
        return "\(level) · \(Formatting.name(CertificationStatus.self, certification.status, text.lang))"
    }

    /// Previous and next pages: the same query with `offset` moved by the page's size.
    func pager() -> HTML {
        let base = values.filter { $0.0 != "offset" }
        var links: [HTML] = []
        if query.offset > 0 {
            let previous = max(0, query.offset - query.limit)
            links.append(
                "<a rel=\"prev\" href=\"\(PageLayout.link("/search", base + [("offset", String(previous))], text.lang))\">\(text.previousPage)</a>"
            )
        }
        let next = query.offset + result.results.count
        if next < result.total {
            links.append(
                "<a rel=\"next\" href=\"\(PageLayout.link("/search", base + [("offset", String(next))], text.lang))\">\(text.nextPage)</a>"
            )
        }
        guard !links.isEmpty else { return .empty }
        return "<nav class=\"pager\" aria-label=\"\(text.pagesNav)\">\(links)</nav>\n"
    }

    func marketNote() -> String {
        let day = outcome.day
        var note = result.benchmarkRun.map { text.marketNote(run: $0, asOf: day) } ?? text.noMarket(asOf: day)
        if let leftOut = result.leftOutWithoutComparison, leftOut > 0 { note += " " + text.leftOut(leftOut) }
        return note
    }
}
