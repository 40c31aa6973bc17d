import PuhuiOutput
import Registry

/// Every word of the residents' pages, in Chinese and English, in this one file — so each page
/// speaks one language at a time, and a test can read both. The pages hold markup and data only.
/// Data (names, addresses, ids) is shown as entered.
struct PageText: Sendable {
    let lang: Language

    func t(_ zh: String, _ en: String) -> String { lang == .zh ? zh : en }

    // MARK: - Every page

    var htmlLang: String { t("zh-CN", "en") }
    var siteName: String { t("普惠养老托育网点查询", "Inclusive elder care and childcare finder") }
    var skipToContent: String { t("跳到正文", "Skip to main content") }
    var languageNav: String { t("语言", "Language") }
    /// The switch names the other language in that language.
    var otherLanguageName: String { t("English", "中文") }
    var otherLanguageTag: String { t("en", "zh-CN") }
    var home: String { t("首页：查找网点", "Home: find an outlet") }
    var checkBadgeNav: String { t("查验统一标识", "Check a badge") }
    var sampleNotice: String {
        t(
            "本登记库为合成示例数据：机构、地址和编号均为虚构。",
            "This registry holds synthetic sample data: the outlets, addresses and numbers are invented.")
    }
    var footer: String {
        t(
            "数据来自普惠养老托育登记库，按日实时查询。无广告，无弹窗，不限时。",
            "Data from the inclusive elder care and childcare registry, read live. No ads, no pop-ups, no time limits.")
    }
    func title(_ page: String) -> String { "\(page) · \(siteName)" }

    // MARK: - The search form

    var searchTitle: String { t("查找附近的普惠养老托育网点", "Find inclusive elder care and childcare near you") }
    var searchIntro: String {
        t(
            "输入街道、镇或区县名称，或使用您的位置。默认只显示认定有效的普惠网点，由近到远。",
            "Give a subdistrict, town or district, or use your location. By default only certified inclusive outlets are shown, nearest first."
        )
    }
    var whereLegend: String { t("在哪里找", "Where to look") }
    var placeLabel: String { t("街道、镇或区县", "Subdistrict, town or district") }
    var placeHint: String { t("例如：城东、崇川区", "For example: 城东, 崇川区") }
    var nearLabel: String { t("或坐标（纬度,经度）", "Or coordinates (latitude,longitude)") }
    var nearHint: String {
        t("WGS-84（卫星定位）坐标，例如 32.0100,120.8600", "WGS-84 (GPS) coordinates, for example 32.0100,120.8600")
    }
    var locateButton: String { t("使用我的位置", "Use my location") }
    var radiusLabel: String { t("范围", "Within") }
    /// A round distance: `3公里` / `3 km` for whole kilometres, else as the search lists distances.
    func roundDistance(_ metres: Double) -> String {
        let whole = Int(metres.rounded())
        return whole >= 1000 && whole % 1000 == 0
            ? t("\(whole / 1000)公里", "\(whole / 1000) km") : Formatting.distance(metres, lang)
    }
    func radiusOption(_ metres: Int) -> String {
        let distance = roundDistance(Double(metres))
        return metres == Int(NearbyQuery.defaultRadius)
            ? t("\(distance)（步行约一刻钟）", "\(distance) (about 15 minutes' walk)") : distance
    }
    var whatLegend: String { t("找什么", "What to look for") }
    var kindLabel: String { t("类型", "Kind") }
    var anyKind: String { t("全部类型", "Any kind") }
    var elderGroup: String { t("养老（全部）", "Elder care (all)") }
    var childcareGroup: String { t("托育（全部）", "Childcare (all)") }
    var ageClassLabel: String { t("托育班级", "Childcare class") }
    var anyAgeClass: String { t("不限", "Any class") }
    var maxPriceLabel: String { t("最高月收费（元）", "Highest monthly fee (yuan)") }
    var maxPriceHint: String { t("可不填。例如 3000", "Optional. For example 3000") }
    var vacancyLabel: String { t("只看有空位的（托育）", "Only with a free place (childcare)") }
    var keywordLabel: String { t("名称或地址中含有", "Name or address contains") }
    var keywordHint: String { t("可不填。只填此项则全市查找", "Optional. On its own it searches the whole city") }
    var sortLabel: String { t("排序", "Order") }
    var sortDistance: String { t("由近到远", "Nearest first") }
    var sortPrice: String { t("收费由低到高", "Cheapest first") }
    var allStatusesLabel: String { t("也显示未认定的网点", "Also show outlets that are not certified") }
    var searchButton: String { t("查找", "Search") }
    var changeSearch: String { t("修改查找条件", "Change the search") }
    var locating: String { t("正在获取您的位置……", "Finding your location…") }
    var located: String { t("已填入您的位置坐标，请按“查找”。", "Your coordinates are filled in; press Search.") }
    var locateFailed: String {
        t(
            "无法获取位置。请改填街道、镇或区县名称。",
            "Your location could not be found. Please give a subdistrict, town or district instead.")
    }

    /// How a search parameter is named in a message on a page: the form's label, quoted.
    var fieldLabels: ParameterSpelling {
        let labels: [String: String] = [
            "near": nearLabel, "place": placeLabel, "radius": radiusLabel, "kind": kindLabel,
            "age_class": ageClassLabel,
            "max_price": maxPriceLabel, "vacancy": vacancyLabel, "keyword": keywordLabel, "sort": sortLabel,
            "all_statuses": allStatusesLabel, "limit": t("每页条数", "results per page"), "offset": t("起始位置", "start"),
            "datum": t("坐标系", "datum"), "max_ratio": t("与市场中位之比上限", "highest ratio to the market median"),
            "as_of": t("日期", "date"), "lang": t("语言", "language"),
        ]
        let open = t("“", "“")
        let close = t("”", "”")
        return .label { name in open + (labels[name] ?? name) + close }
    }

    func pageLimit(_ most: Int) -> LocalizedText {
        LocalizedText(zh: "每页最多 \(most) 家", en: "at most \(most) a page")
    }

    // MARK: - Results

    var resultsTitle: String { t("查找结果", "Search results") }
    var scopeCertified: String { t("认定有效的普惠网点", "certified inclusive outlets") }
    var scopeAll: String { t("全部网点", "all outlets") }
    func around(_ place: String, radius: Int, scope: String, asOf: LocalDate) -> String {
        t(
            "\(place) 周边 \(roundDistance(Double(radius)))内的\(scope)（截至 \(asOf)）",
            "\(scope.prefix(1).uppercased() + scope.dropFirst()) within \(roundDistance(Double(radius))) of \(place), as of \(asOf)"
        )
    }
    func cityWide(scope: String, asOf: LocalDate) -> String {
        t("全市\(scope)（截至 \(asOf)）", "\(scope.prefix(1).uppercased() + scope.dropFirst()) city-wide, as of \(asOf)")
    }
    var yourPoint: String { t("所给坐标", "the given point") }
    func found(total: Int, first: Int, last: Int) -> String {
        t("共 \(total) 家，显示第 \(first)–\(last) 家。", "\(total) found; showing \(first)–\(last).")
    }
    var noneFound: String {
        t(
            "没有找到。可以扩大范围、减少条件，或勾选“也显示未认定的网点”。",
            "None found. Try a larger distance, fewer conditions, or tick “Also show outlets that are not certified”.")
    }
    func pastTheEnd(total: Int) -> String { t("共 \(total) 家；这一页已超出结果。", "\(total) found; this page is past the end.") }
    var previousPage: String { t("上一页", "Previous page") }
    var nextPage: String { t("下一页", "Next page") }
    var pagesNav: String { t("翻页", "Pages") }
    var distance: String { t("距离", "Distance") }
    var kind: String { t("类型", "Kind") }
    var monthlyFrom: String { t("月收费（起）", "Monthly fee from") }
    var againstMarket: String { t("与市场比较", "Against the market") }
    var noComparison: String { t("无市场比较", "no comparison with the market") }
    var recognition: String { t("认定", "Recognition") }
    var badgeNumber: String { t("统一标识编号", "Badge number") }
    var address: String { t("地址", "Address") }
    var notRecognised: String { t("未认定", "not recognised") }
    var noBadge: String { t("无", "none") }
    func recognised(level: String, validTo: String) -> String {
        t("\(level)，有效至 \(validTo)", "\(level), valid to \(validTo)")
    }
    func marketNote(run: Int64, asOf: LocalDate) -> String {
        t(
            "与市场比较：基准第 \(run) 次（截至 \(asOf) 最近一次）；位次 = 市场价格中比它低的占比。",
            "Against the market: benchmark run \(run) (the latest on or before \(asOf)); rank = the share of market prices below it."
        )
    }
    func noMarket(asOf: LocalDate) -> String {
        t("截至 \(asOf) 尚无市场价格基准，无法与市场比较。", "No market benchmark on or before \(asOf), so no comparison with the market.")
    }
    func leftOut(_ count: Int) -> String {
        t("另有 \(count) 家无市场比较，未列出。", "\(count) more without a comparison with the market are not listed.")
    }

    // MARK: - The map

    var mapCaption: String {
        t(
            "网点位置示意图：编号与列表对应；圆形为养老，方形为托育；十字为查找中心，虚线圈为查找范围。",
            "Where the outlets are: numbers match the list; circles are elder care, squares childcare; the cross is the centre and the dashed ring the distance searched."
        )
    }
    func mapLabel(_ count: Int) -> String { t("\(count) 家网点的位置示意图", "Map of \(count) outlets") }
    var north: String { t("北", "N") }
    func mapItem(_ number: Int, _ name: String) -> String { t("\(number) 号：\(name)", "No. \(number): \(name)") }

    // MARK: - An outlet

    var outletNotFoundTitle: String { t("没有这个网点", "No such outlet") }
    var outletID: String { t("网点编号", "Outlet id") }
    var pricing: String { t("收费性质", "Pricing") }
    var operatingStatus: String { t("经营状态", "Status") }
    var area: String { t("所在地", "Area") }
    var phone: String { t("电话", "Phone") }
    var operatorName: String { t("运营主体", "Operator") }
    var uscc: String { t("统一社会信用代码", "Unified social credit code") }
    var validity: String { t("有效期", "Valid") }
    var beds: String { t("床位", "Beds") }
    func bedsText(_ beds: Int, nursing: Int?) -> String {
        nursing.map { t("\(beds) 张，其中护理型 \($0) 张", "\(beds), of which \($0) nursing-type") }
            ?? t("\(beds) 张", "\(beds)")
    }
    var classesHeading: String { t("托育班级", "Childcare classes") }
    var classColumn: String { t("班级", "Class") }
    var capacity: String { t("核定人数", "Places") }
    var enrolled: String { t("在托人数", "Enrolled") }
    var free: String { t("空位", "Free") }
    var pricesHeading: String { t("普惠价格（现行）", "Inclusive prices in force") }
    var item: String { t("项目", "Item") }
    var amount: String { t("金额", "Amount") }
    var noInclusivePrices: String { t("目前没有现行的普惠价格。", "No inclusive price is in force.") }
    var tooFewMarketPrices: String { t("市场数据不足", "too few market prices") }
    var reviews: String { t("居民评价", "Residents' reviews") }
    func reviewText(_ summary: ReviewSummary) -> String {
        guard summary.count > 0 else { return t("暂无评价", "no reviews yet") }
        let average = summary.averageTenths.map { "\($0 / 10).\($0 % 10)" } ?? "—"
        return t(
            "\(summary.count) 条，平均 \(average) 分（满分 5 分），差评 \(summary.bad) 条",
            "\(summary.count), average \(average) of 5, \(summary.bad) bad")
    }
    func asOfLine(_ day: LocalDate) -> String { t("以上为 \(day) 的情况。", "As of \(day).") }
    var backToSearch: String { t("重新查找", "New search") }

    // MARK: - The badge check

    var badgeTitle: String { t("统一标识查验", "Badge check") }
    var badgeIntro: String {
        t(
            "输入挂牌上的统一标识编号，或用手机扫描挂牌上的二维码。",
            "Type the number on the badge, or scan the QR code printed on it with your phone.")
    }
    var badgeNumberLabel: String { t("统一标识编号", "Badge number") }
    var badgeNumberHint: String { t("例如 NTC-2025-00031-L", "For example NTC-2025-00031-L") }
    var checkButton: String { t("查验", "Check") }
    var checkAnother: String { t("查验其他编号", "Check another number") }
    func statusWord(_ status: BadgeStatus) -> String {
        t(status.nameZH, status.nameEN.prefix(1).uppercased() + status.nameEN.dropFirst())
    }
    func statusSentence(_ status: BadgeStatus, asOf: LocalDate) -> String {
        switch status {
        case .valid: t("此统一标识真实有效（截至 \(asOf)）。", "This badge is genuine and valid (as of \(asOf)).")
        case .suspended:
            t(
                "此标识的认定已暂停，目前不能作为普惠网点的证明。",
                "The recognition is suspended: the badge does not show an inclusive outlet now.")
        case .revoked: t("此标识的认定已撤销，不再有效。", "The recognition was revoked: the badge is no longer valid.")
        case .expired: t("此标识已过有效期，不再有效。", "The badge has expired: it is no longer valid.")
        case .void: t("此编号已作废（已换发新标识）。", "This number is void: a new badge was issued in its place.")
        case .notYetValid: t("此标识尚未生效。", "This badge is not valid yet.")
        }
    }
    var mistypedWord: String { t("编号抄错了", "Mistyped number") }
    var malformedWord: String { t("不是统一标识编号", "Not a badge number") }
    var notFoundWord: String { t("查无此标识", "No such badge") }
    func didYouMean(_ number: String) -> String { t("您是不是要查 \(number)？", "Did you mean \(number)?") }
    var outlet: String { t("网点", "Outlet") }
    var level: String { t("认定等级", "Level") }
    var issuedOn: String { t("签发日期", "Issued") }
    var voidedOn: String { t("作废日期", "Voided") }
    var replacedBy: String { t("新标识", "Replaced by") }
    var lastVerification: String { t("最近一次核验", "Last verification") }
    func verificationRun(_ run: Int64, on day: String) -> String { t("第 \(run) 次，\(day)", "run \(run), \(day)") }
    var recognitionStatus: String { t("认定状态", "Recognition status") }

    // MARK: - The printed QR code's token

    var tokenHeading: String { t("二维码签名", "The QR code's signature") }
    var tokenGenuine: String {
        t("二维码真实：由本登记库签发，印制内容未被改动。", "The QR code is genuine: signed by this registry, its printed fields unchanged.")
    }
    var tokenMissing: String {
        t(
            "未带二维码签名（直接输入编号时如此）。上面的状态是登记库的实时记录。",
            "No QR code signature was given (as when the number is typed). The status above is the registry's live record."
        )
    }
    var tokenForged: String {
        t(
            "二维码签名不符：该二维码不是本登记库签发的，或内容被改动过。请勿轻信此挂牌，可向民政部门反映。",
            "The QR code's signature does not match: it was not issued by this registry, or it was altered. Do not trust this badge; you may report it to the civil affairs bureau."
        )
    }
    var tokenMalformed: String {
        t(
            "二维码内容不完整或无法读取，无法核对签名。",
            "The QR code's content is incomplete or unreadable, so its signature cannot be checked.")
    }
    func tokenOtherBadge(_ number: String) -> String {
        t(
            "二维码签名属于另一个统一标识（\(number)），与本编号不符。请勿轻信此挂牌。",
            "The QR code's signature is for another badge (\(number)), not this number. Do not trust this badge.")
    }
    var tokenOutdated: String {
        t(
            "二维码由本登记库签发，但印制的等级或有效期与现在的记录不同（可能已续期或变更）。以上面的实时状态为准。",
            "The QR code was signed by this registry, but its printed level or validity differs from the current record (perhaps renewed or changed). The live status above is what counts."
        )
    }
    var tokenUnchecked: String {
        t(
            "本服务未配置标识公钥，无法核对二维码签名。上面的状态是登记库的实时记录。",
            "This service has no badge public key, so the QR code's signature cannot be checked. The status above is the registry's live record."
        )
    }

    // MARK: - Errors

    var errorHeading: String { t("无法完成查询", "The request could not be answered") }
    var internalError: String { t("服务出错了，请稍后再试。", "Something went wrong; please try again later.") }
}
