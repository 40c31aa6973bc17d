import ArgumentParser
import Foundation
import PuhuiOutput
import Registry

/// `puhui search`: the resident's nearby search.
struct SearchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Find certified inclusive outlets near a point or a place (查找附近的普惠养老托育网点).",
        discussion: """
            By default only outlets whose recognition is valid on the as-of date are shown, nearest \
            first (ties by id), within 1,000 m (一刻钟便民生活圈, a 15-minute walk).

            Each inclusive outlet's monthly fee is compared with the market: its ratio to the \
            market median (P50) of its cells and its percentile rank, from the latest benchmark \
            run on or before the as-of day (puhui benchmark compute makes one). --max-ratio 0.8 \
            keeps fees at most 80% of the median; outlets without a comparison are left out and \
            counted. --sort price: cheapest monthly fee first (ties by distance, then id).

            Examples:
              puhui search --near 32.0100,120.8600 --radius 3000 --kind childcare
              puhui search --place 城东 --kind elder --radius 3000 --max-price 1000
              puhui search --near 32.0131,120.8731 --datum gcj02 --vacancy
              puhui search --keyword 颐养 --all-statuses --format json
              puhui search --place 城东 --kind childcare --sort price --max-ratio 0.8
            """)

    enum Format: String, CaseIterable, ExpressibleByArgument {
        case table, json, csv, geojson
    }

    @OptionGroup var common: CommonOptions
    @OptionGroup var asOf: AsOfOption

    @Option(
        parsing: .unconditional,
        help: ArgumentHelp(
            "Centre of the search, LAT,LON in decimal degrees, WGS-84 unless --datum says otherwise.",
            valueName: "lat,lon"),
        transform: GeoPoint.transform)
    var near: GeoPoint?

    @Option(help: ArgumentHelp("Search around a 街道/镇 or district centre (e.g. 城东, 崇川区).", valueName: "name"))
    var place: String?

    @Option(
        help: ArgumentHelp("Datum of --near: wgs84 (GPS), gcj02 (Chinese map apps), bd09 (Baidu).", valueName: "datum"))
    var datum: Datum = .wgs84

    @Option(
        parsing: .unconditional,
        help: ArgumentHelp("Radius in whole metres, 50–50000 (default: 1000).", valueName: "metres"),
        transform: SearchRadius.transform)
    var radius: SearchRadius = .standard

    @Option(
        name: .customLong("kind"),
        help: ArgumentHelp("A kind or a group (elder, childcare); repeatable.", valueName: "kind"))
    var kinds: [String] = []

    @Option(
        name: .customLong("age-class"),
        help: ArgumentHelp("Childcare class: infant 乳儿班, toddler 托小班, preschool 托大班, mixed 混合班.", valueName: "class"))
    var ageClass: ClassType?

    @Option(
        name: .customLong("max-price"),
        parsing: .unconditional,
        help: ArgumentHelp("Highest inclusive monthly price, in yuan (e.g. 3000 or 2999.50).", valueName: "yuan"),
        transform: Fen.transform)
    var maxPrice: Fen?

    @Flag(help: "Only outlets with a free place (childcare classes below capacity).")
    var vacancy = false

    @Option(help: ArgumentHelp("Text in the name or address (any length, Chinese or not).", valueName: "text"))
    var keyword: String?

    @Flag(name: .customLong("all-statuses"), help: "Every outlet, whatever its recognition (market-rate ones too).")
    var allStatuses = false

    @Option(
        help: ArgumentHelp("Order: distance (nearest first) or price (cheapest monthly fee first).", valueName: "order")
    )
    var sort: SearchSort = .distance

    @Option(
        name: .customLong("max-ratio"),
        parsing: .unconditional,
        help: ArgumentHelp("Highest monthly fee as a share of the market median, e.g. 0.8.", valueName: "ratio"),
        transform: FeeRatio.transform)
    var maxRatio: FeeRatio?

    @Option(parsing: .unconditional, help: "Results per page, 1–10000.")
    var limit: Int = NearbyQuery.defaultLimit

    @Option(parsing: .unconditional, help: "Results to skip (for the next page).")
    var offset: Int = 0

    @Option(help: ArgumentHelp("Output: table, json, csv or geojson.", valueName: "format"))
    var format: Format = .table

    /// The options as the shared search parameters (the service reads the same from a query).
    /// The typed values are handed over as their exact text, so one set of rules builds the query.
    var parameters: SearchParameters {
        var p = SearchParameters()
        p.near = near?.argumentText
        p.place = place
        p.datum = datum
        p.radius = radius.metres
        p.kinds = kinds
        p.ageClass = ageClass
        p.maxPrice = maxPrice?.yuanText
        p.vacancy = vacancy
        p.keyword = keyword
        p.allStatuses = allStatuses
        p.sort = sort
        p.maxRatio = maxRatio?.description
        p.limit = limit
        p.offset = offset
        return p
    }

    func validate() throws {
        do { try parameters.validate(.option) } catch { throw CLIError.usage(error.message.zh, error.message.en) }
    }

    func run() async throws {
        let lang = common.language
        try await CommandRunner.run(lang) {
            let query = try makeQuery()
            let registry = try RegistrySession(common).openForReading()
            var centreNote: String?
            var q = query
            if let place {
                let found = try await registry.directory.place(named: place)
                q.centre = found.centre
                centreNote = found.qualifiedName
            }
            let result = try await registry.directory.search(q)
            try render(result, query: q, centreNote: centreNote, lang: lang)
            if format == .table, try await registry.outlets.holdsSyntheticSample() {
                Console.err(
                    lang.t(
                        "（此登记库为合成示例数据，机构均为虚构）", "(This registry holds synthetic sample data: the outlets are invented.)"
                    ))
            }
        }
    }

    private func makeQuery() throws -> NearbyQuery {
        let day = asOf.resolve()
        do { return try parameters.query(asOf: day, .option) } catch {
            throw CLIError.usage(error.message.zh, error.message.en)
        }
    }
}

// MARK: - Rendering

extension SearchCommand {
    func render(_ result: SearchResult, query: NearbyQuery, centreNote: String?, lang: Language) throws {
        switch format {
        case .json:
            Console.out(try JSONOutput.encode(result))
        case .geojson:
            Console.out(try JSONOutput.encode(SearchGeoJSON(result: result)))
        case .csv:
            Console.out(
                csvLine([
                    "id", "name", "kind", "district_code", "address", "lat", "lon", "distance_m",
                    "certification_status", "certification_level", "badge", "valid_until", "monthly_price_yuan",
                    "ratio_to_p50_permille", "percentile_rank", "benchmark_run", "market_p50_yuan",
                ]))
            for hit in result.results {
                Console.out(
                    csvLine([
                        hit.id, hit.name, hit.kind, hit.districtCode, hit.address, String(hit.lat), String(hit.lon),
                        hit.distanceMetres.map { String(Int($0.rounded())) } ?? "",
                        hit.certification?.status ?? "", hit.certification?.level ?? "",
                        hit.certification?.badgeNo ?? "",
                        hit.certification?.validTo ?? "", hit.monthlyPriceFen.map { Fen(Int64($0)).yuanText } ?? "",
                        hit.ratioToP50Permille.map(String.init) ?? "", hit.percentileRank.map(String.init) ?? "",
                        hit.benchmarkRun.map(String.init) ?? "", hit.marketP50Fen.map { Fen($0).yuanText } ?? "",
                    ]))
            }
        case .table:
            renderTable(result, query: query, centreNote: centreNote, lang: lang)
        }
    }

    private func csvLine(_ fields: [String]) -> String {
        CSVText.line(fields)
    }

    private func renderTable(_ result: SearchResult, query: NearbyQuery, centreNote: String?, lang: Language) {
        let scope = allStatuses ? lang.t("全部网点", "all outlets") : lang.t("认定有效的普惠网点", "certified inclusive outlets")
        var heading: String
        if let centre = query.centre {
            let around = centreNote ?? String(format: "%.5f,%.5f", centre.lat, centre.lon)
            heading = lang.t(
                "\(around) 周边 \(Int(query.radius)) 米内的\(scope)（截至 \(query.asOf)）",
                "\(scope.prefix(1).uppercased() + scope.dropFirst()) within \(Int(query.radius)) m of \(around), as of \(query.asOf)"
            )
        } else {
            heading = lang.t(
                "全市\(scope)（截至 \(query.asOf)）",
                "\(scope.prefix(1).uppercased() + scope.dropFirst()) city-wide, as of \(query.asOf)")
        }
        Console.out(heading)
        guard !result.results.isEmpty else {
            Console.out(
                result.total == 0
                    ? lang.t(
                        "没有找到。可以扩大 --radius、减少筛选条件，或加 --all-statuses 查看全部网点。",
                        "None found. Try a larger --radius, fewer filters, or --all-statuses to see every outlet.")
                    : lang.t(
                        "共 \(result.total) 家；本页为空（--offset \(query.offset) 超出结果）。",
                        "\(result.total) found; this page is empty (--offset \(query.offset) is past the end)."))
            Console.out(marketNote(result, query: query, lang: lang))
            return
        }
        var table = TextTable([
            .init(title: lang.t("距离", "Distance"), rightAligned: true),
            .init(title: lang.t("编号", "ID")),
            .init(title: lang.t("名称", "Name"), maxWidth: 34),
            .init(title: lang.t("类型", "Kind")),
            .init(title: lang.t("月收费(起)", "From/month"), rightAligned: true),
            .init(title: lang.t("对比市场中位", "vs market median")),
            .init(title: lang.t("认定", "Recognition")),
            .init(title: lang.t("地址", "Address"), maxWidth: 40),
        ])
        for hit in result.results {
            table.append([
                hit.distanceMetres.map { Formatting.distance($0, lang) } ?? "—",
                hit.id,
                hit.name,
                Formatting.name(OutletKind.self, hit.kind, lang),
                Formatting.monthly(hit.monthlyPriceFen.map(Int64.init), lang),
                marketPosition(hit, lang),
                recognition(hit.certification, lang),
                hit.address,
            ])
        }
        Console.out(table.render())
        let first = query.offset + 1
        let last = query.offset + result.results.count
        var footer = lang.t(
            "共 \(result.total) 家，显示第 \(first)–\(last) 家。", "\(result.total) found; showing \(first)–\(last).")
        if last < result.total {
            footer += lang.t(" 下一页：--offset \(last)", " Next page: --offset \(last)")
        }
        Console.out(footer)
        Console.out(marketNote(result, query: query, lang: lang))
    }

    /// `低于市场中位 23%，位次 41%` for a hit compared with the market, else `—`.
    private func marketPosition(_ hit: SearchHit, _ lang: Language) -> String {
        Formatting.marketPosition(of: hit, lang) ?? "—"
    }

    /// Which benchmark run the comparison used, or how to make one; how many outlets --max-ratio
    /// left out for want of a comparison.
    private func marketNote(_ result: SearchResult, query: NearbyQuery, lang: Language) -> String {
        var note: String
        if let run = result.benchmarkRun {
            note = lang.t(
                "与市场比较：基准第 \(run) 次（截至 \(query.asOf) 最近一次）；位次 = 价格低于它的市场价格占比。",
                "Against the market: benchmark run \(run) (the latest on or before \(query.asOf)); rank = share of market prices below it."
            )
        } else {
            note = lang.t(
                "截至 \(query.asOf) 尚无市场价格基准，无法与市场比较。计算一次：puhui benchmark compute --officer 工号",
                "No market benchmark run on or before \(query.asOf), so no comparison with the market. Make one: puhui benchmark compute --officer ID"
            )
        }
        if let leftOut = result.leftOutWithoutComparison, leftOut > 0 {
            note += lang.t(
                " 另有 \(leftOut) 家无市场对比（无普惠月收费或市场数据不足），按 --max-ratio 未列出。",
                " \(leftOut) more without a comparison (no inclusive monthly fee, or too few market prices) are left out by --max-ratio."
            )
        }
        return note
    }

    private func recognition(_ certification: SearchHit.Certification?, _ lang: Language) -> String {
        guard let certification else { return lang.t("未认定", "not recognised") }
        let status = Formatting.name(CertificationStatus.self, certification.status, lang)
        let level = Formatting.name(CertificationLevel.self, certification.level, lang)
        if certification.status == CertificationStatus.certified.rawValue, let validTo = certification.validTo {
            return lang.t("\(level) 至\(validTo)", "\(level) to \(validTo)")
        }
        return "\(level) \(status)"
    }
}

/// Search results as a GeoJSON FeatureCollection: one Point feature per outlet.
struct SearchGeoJSON: Encodable {
    let result: SearchResult

    enum Keys: String, CodingKey { case type, features, total }
    enum FeatureKeys: String, CodingKey { case type, geometry, properties }
    enum GeometryKeys: String, CodingKey { case type, coordinates }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode("FeatureCollection", forKey: .type)
        try container.encode(result.total, forKey: .total)
        var features = container.nestedUnkeyedContainer(forKey: .features)
        for hit in result.results {
            var feature = features.nestedContainer(keyedBy: FeatureKeys.self)
            try feature.encode("Feature", forKey: .type)
            var geometry = feature.nestedContainer(keyedBy: GeometryKeys.self, forKey: .geometry)
            try geometry.encode("Point", forKey: .type)
            try geometry.encode([hit.lon, hit.lat], forKey: .coordinates)
            try feature.encode(hit, forKey: .properties)
        }
    }
}
