import Registry

/// The search form: `GET /search` with `/v1/outlets`'s parameter names, each field labelled,
/// filled in with what was asked (so a refused search can be corrected). Without JavaScript it
/// is a plain form; with it, "use my location" fills `near` from the browser (WGS-84).
struct SearchForm {
    let text: PageText
    /// The values given, by parameter name (the last of each; `kind` may repeat).
    let values: [(String, String)]

    static let radii = [500, 1000, 2000, 3000, 5000, 10_000]

    func value(_ name: String) -> String { values.last { $0.0 == name }?.1 ?? "" }

    func selected(_ name: String, _ option: String, default isDefault: Bool = false) -> HTML {
        let given = value(name)
        return given == option || (given.isEmpty && isDefault) ? " selected" : .empty
    }

    func checked(_ name: String) -> HTML {
        ["true", "1", "yes", "on"].contains(value(name).lowercased()) ? " checked" : .empty
    }

    func option(_ name: String, _ value: String, _ label: String, default isDefault: Bool = false) -> HTML {
        "<option value=\"\(value)\"\(selected(name, value, default: isDefault))>\(label)</option>"
    }

    func render() -> HTML {
        let kinds: [HTML] =
            [
                option("kind", "", text.anyKind), option("kind", "elder", text.elderGroup),
                option("kind", "childcare", text.childcareGroup),
            ]
            + OutletKind.allCases.map { option("kind", $0.rawValue, $0.name(text.lang)) }
        let classes: [HTML] =
            [option("age_class", "", text.anyAgeClass)]
            + ClassType.allCases.map { option("age_class", $0.rawValue, $0.name(text.lang)) }
        let radiusValue = Int(value("radius")) ?? Int(NearbyQuery.defaultRadius)
        let radii: [HTML] = Self.radii.map { metres in
            "<option value=\"\(metres)\"\(metres == radiusValue ? " selected" : "" as HTML)>\(text.radiusOption(metres))</option>"
        }
        let language: HTML = text.lang == .en ? "<input type=\"hidden\" name=\"lang\" value=\"en\">" : .empty
        return """
            <form class="search" action="/search" method="get">
            \(language)<fieldset>
            <legend>\(text.whereLegend)</legend>
            <div class="field"><label for="place">\(text.placeLabel)</label>
            <input id="place" name="place" type="text" value="\(value("place"))" aria-describedby="place-hint" autocomplete="off">
            <p class="hint" id="place-hint">\(text.placeHint)</p></div>
            <div class="field"><label for="near">\(text.nearLabel)</label>
            <input id="near" name="near" type="text" inputmode="decimal" value="\(value("near"))" aria-describedby="near-hint" autocomplete="off">
            <p class="hint" id="near-hint">\(text.nearHint)</p>
            <button type="button" id="locate" class="secondary" hidden data-locating="\(text.locating)" data-located="\(text.located)" data-failed="\(text.locateFailed)">\(text.locateButton)</button>
            <p class="hint" id="locate-status" role="status" aria-live="polite"></p></div>
            <div class="field"><label for="radius">\(text.radiusLabel)</label>
            <select id="radius" name="radius">\(radii)</select></div>
            </fieldset>
            <fieldset>
            <legend>\(text.whatLegend)</legend>
            <div class="field"><label for="kind">\(text.kindLabel)</label>
            <select id="kind" name="kind">\(kinds)</select></div>
            <div class="field"><label for="age_class">\(text.ageClassLabel)</label>
            <select id="age_class" name="age_class">\(classes)</select></div>
            <div class="field"><label for="max_price">\(text.maxPriceLabel)</label>
            <input id="max_price" name="max_price" type="text" inputmode="decimal" value="\(value("max_price"))" aria-describedby="max-price-hint">
            <p class="hint" id="max-price-hint">\(text.maxPriceHint)</p></div>
            <div class="field"><label for="keyword">\(text.keywordLabel)</label>
            <input id="keyword" name="keyword" type="text" value="\(value("keyword"))" aria-describedby="keyword-hint">
            <p class="hint" id="keyword-hint">\(text.keywordHint)</p></div>
            <div class="field check"><input id="vacancy" name="vacancy" type="checkbox" value="true"\(checked("vacancy"))>
            <label for="vacancy">\(text.vacancyLabel)</label></div>
            <div class="field check"><input id="all_statuses" name="all_statuses" type="checkbox" value="true"\(checked("all_statuses"))>
            <label for="all_statuses">\(text.allStatusesLabel)</label></div>
            <div class="field"><label for="sort">\(text.sortLabel)</label>
            <select id="sort" name="sort">\(option("sort", "distance", text.sortDistance, default: true))\(option("sort", "price", text.sortPrice))</select></div>
            </fieldset>
            <button type="submit" class="primary">\(text.searchButton)</button>
            </form>
            """
    }
}
