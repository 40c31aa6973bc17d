import PuhuiOutput
import Registry

/// `/outlets/{id}`: the outlet's public record — what `puhui show` and `/v1/outlets/{id}` give —
/// for a resident: kind, status, where, whom to call, who runs it, its recognition with the
/// badge, its inclusive prices against the market, childcare places free, reviews.
struct OutletPage {
    let text: PageText
    let detail: OutletDetailJSON
    let divisions: [String: Division]

    var record: OutletRecord { detail.record }

    func row(_ term: String, _ value: HTML?) -> HTML {
        guard let value, value != .empty else { return .empty }
        return "<dt>\(term)</dt><dd>\(value)</dd>\n"
    }

    func row(_ term: String, _ value: String?) -> HTML {
        guard let value, !value.isEmpty else { return .empty }
        return row(term, "\(value)" as HTML)
    }

    func render() -> HTML {
        let lang = text.lang
        let outlet = record.outlet
        let district = divisions[outlet.districtCode].map { lang == .zh ? $0.name : $0.nameEN } ?? outlet.districtCode
        let phone: HTML? = outlet.phone.map { "<a href=\"tel:\(Self.dialable($0))\">\($0)</a>" }
        var rows: HTML = .empty
        rows += row(text.outletID, outlet.id)
        rows += row(text.kind, outlet.kind.name(lang))
        rows += row(text.pricing, outlet.pricing.name(lang))
        rows += row(text.operatingStatus, outlet.status.name(lang))
        rows += row(text.address, outlet.address)
        rows += row(text.area, [district, outlet.subdistrict].compactMap { $0 }.joined(separator: " · "))
        rows += row(text.phone, phone)
        rows += row(text.operatorName, record.operator.name)
        rows += row(text.uscc, record.operator.uscc)
        rows += recognitionRows()
        rows += row(text.monthlyFrom, record.monthlyPrice(on: detail.asOf).map { Formatting.monthly($0.value, lang) })
        rows += row(text.beds, outlet.beds.map { text.bedsText($0, nursing: outlet.nursingBeds) })
        rows += row(text.reviews, detail.reviews.map(text.reviewText))
        return """
            <h1>\(outlet.name)</h1>
            <dl class="record">\(rows)</dl>
            \(classes())\(prices())<p class="note">\(text.asOfLine(detail.asOf))</p>
            <p><a class="button-link" href="\(PageLayout.link("/", [], lang))">\(text.backToSearch)</a></p>
            """
    }

    func recognitionRows() -> HTML {
        guard let certification = record.certification else { return row(text.recognition, text.notRecognised) }
        let lang = text.lang
        var rows = row(text.recognition, "\(certification.level.name(lang)) · \(certification.status.name(lang))")
        if let from = certification.validFrom, let to = certification.validTo {
            rows += row(text.validity, "\(from) — \(to)")
        }
        if let number = certification.badgeNo {
            rows += row(
                text.badgeNumber,
                "<a href=\"\(PageLayout.link("/badge/" + PageLayout.escapeQuery(number), [], lang))\">\(number)</a>"
                    as HTML)
        }
        return rows
    }

    /// Childcare classes with their free places.
    func classes() -> HTML {
        guard !record.classes.isEmpty else { return .empty }
        let rows: [HTML] = record.classes.map { type in
            "<tr><th scope=\"row\">\(type.type.name(text.lang))</th><td>\(type.capacity)</td><td>\(type.enrolled)</td><td>\(max(0, type.capacity - type.enrolled))</td></tr>"
        }
        return """
            <h2>\(text.classesHeading)</h2>
            <div class="table"><table><thead><tr><th scope="col">\(text.classColumn)</th><th scope="col">\(text.capacity)</th><th scope="col">\(text.enrolled)</th><th scope="col">\(text.free)</th></tr></thead>
            <tbody>\(rows)</tbody></table></div>

            """
    }

    /// The inclusive prices in force, each against its market median.
    func prices() -> HTML {
        let lang = text.lang
        guard !detail.comparisons.isEmpty else {
            return "<h2>\(text.pricesHeading)</h2><p>\(text.noInclusivePrices)</p>\n"
        }
        let rows: [HTML] = detail.comparisons.map { price, comparison in
            let level = price.careLevel?.name(lang) ?? price.ageClass?.name(lang)
            let item = ([price.item] + (level.map { [$0] } ?? [])).joined(separator: " · ")
            let amount = Formatting.yuan(price.amount.value, lang) + "/" + price.unit.name(lang)
            let market =
                comparison.map { Formatting.marketPosition(percentBelow: $0.percentBelowMedian, lang) }
                ?? text.tooFewMarketPrices
            return "<tr><th scope=\"row\">\(item)</th><td>\(amount)</td><td>\(market)</td></tr>"
        }
        return """
            <h2>\(text.pricesHeading)</h2>
            <div class="table"><table><thead><tr><th scope="col">\(text.item)</th><th scope="col">\(text.amount)</th><th scope="col">\(text.againstMarket)</th></tr></thead>
            <tbody>\(rows)</tbody></table></div>

            """
    }

    /// A phone number as a `tel:` link takes it: digits, `+`, `-`.
    static func dialable(_ phone: String) -> String {
        String(phone.filter { $0.isASCII && ($0.isNumber || $0 == "+" || $0 == "-") })
    }
}
