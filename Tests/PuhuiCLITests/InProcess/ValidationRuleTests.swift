import Testing

/// Every `validate()` rule of the command tree, in-process: refused while parsing, before any
/// registry is opened or file read, with exit 64 and one line in each language.
@Suite("validate() rules")
struct ValidationRuleTests {
    struct Rule: Sendable, CustomStringConvertible {
        var arguments: [String]
        var en: String
        var zh: String
        var description: String { arguments.joined(separator: " ") }
    }

    static let rules: [Rule] = [
        // CommonOptions: the write wait.
        Rule(
            arguments: ["search", "--keyword", "颐养", "--wait", "-3"], en: "--wait -3.0: give 0 to 86400 seconds",
            zh: "--wait -3.0：请给 0 到 86400 秒"),
        Rule(
            arguments: ["stats", "--wait", "100000"], en: "--wait 100000.0: give 0 to 86400 seconds",
            zh: "--wait 100000.0：请给 0 到 86400 秒"),
        // search (SearchParameters.validate).
        Rule(
            arguments: ["search", "--near", "32.01,120.86", "--place", "城东"], en: "give --near or --place, not both",
            zh: "请给 --near 或 --place 之一"),
        Rule(arguments: ["search", "--kind", "elder"], en: "say where: --near LAT,LON or --place NAME", zh: "请说明位置"),
        Rule(
            arguments: ["search", "--keyword", "x", "--limit", "0"], en: "--limit 0: give 1 to 10000",
            zh: "--limit 0：请给 1 到 10000"),
        Rule(
            arguments: ["search", "--keyword", "x", "--limit", "10001"], en: "--limit 10001: give 1 to 10000",
            zh: "--limit 10001：请给 1 到 10000"),
        Rule(
            arguments: ["search", "--keyword", "x", "--offset", "-1"], en: "--offset -1: must not be negative",
            zh: "--offset -1：不能为负数"),
        // verify.
        Rule(arguments: ["verify"], en: "give an outlet id, or --all (not both)", zh: "请给网点编号或 --all，二者选一"),
        Rule(
            arguments: ["verify", "NT-0001", "--all"], en: "give an outlet id, or --all (not both)",
            zh: "请给网点编号或 --all，二者选一"),
        Rule(
            arguments: ["verify", "NT-0001", "--kind", "elder"],
            en: "--kind, --district, --officer, --store-all and --timing go with --all",
            zh: "--kind、--district、--officer、--store-all 和 --timing 须与 --all 一起使用"),
        Rule(
            arguments: ["verify", "NT-0001", "--timing"],
            en: "--kind, --district, --officer, --store-all and --timing go with --all",
            zh: "--kind、--district、--officer、--store-all 和 --timing 须与 --all 一起使用"),
        Rule(
            arguments: ["verify", "NT-0001", "--district", "崇川区"], en: "--kind, --district, --officer",
            zh: "--kind、--district、--officer"),
        Rule(
            arguments: ["verify", "NT-0001", "--format", "csv"], en: "--format csv goes with --all",
            zh: "--format csv 须与 --all 一起使用"),
        Rule(arguments: ["verify", "--all", "--kind", "spa"], en: "--kind spa: ", zh: "--kind spa："),
        // audit.
        Rule(
            arguments: ["audit", "verify", "--checkpoint", "12:abc"], en: "--checkpoint 12:abc: write LENGTH:HASH",
            zh: "--checkpoint 12:abc：请写成 长度:哈希"),
        Rule(
            arguments: ["audit", "log", "--entity", "outlet:NT-0001", "--entity-type", "outlet"],
            en: "--entity TYPE:ID replaces --entity-type and --entity-id", zh: "--entity 类型:编号 已包含"),
        Rule(
            arguments: ["audit", "log", "--entity", "NT-0001"], en: "--entity NT-0001: write TYPE:ID",
            zh: "--entity NT-0001：请写成 类型:编号"),
        Rule(arguments: ["audit", "log", "--limit", "0"], en: "--limit 0: give 1 or more", zh: "--limit 0：至少为 1"),
        Rule(arguments: ["audit", "log", "--from", "-2"], en: "--from -2: give 1 or more", zh: "--from -2：至少为 1"),
        // certify.
        Rule(
            arguments: ["certify", "decide", "NT-0001"], en: "give --approve or --reject (one of them)",
            zh: "请给 --approve 或 --reject，二者选一"),
        Rule(
            arguments: ["certify", "decide", "NT-0001", "--approve", "--reject"], en: "give --approve or --reject",
            zh: "请给 --approve 或 --reject"),
        Rule(
            arguments: ["certify", "list", "--expiring", "-1"], en: "--expiring -1: give 0 or more days",
            zh: "--expiring -1：请给 0 或更多天"),
        // badge.
        Rule(
            arguments: ["badge", "print", "NTE-2024-00006-6", "--format", "png"],
            en: "--format png needs --output FILE", zh: "--format png 须给 --output"),
        Rule(
            arguments: ["badge", "print", "NTE-2024-00006-6", "--output", " "], en: "--output: give the file to write",
            zh: "--output：请给要写入的文件"),
        Rule(
            arguments: ["badge", "print", "NTE-2024-00006-6", "--format", "html", "--public-url", "ftp://x"],
            en: "--public-url ftp://x: give an http:// or https:// URL",
            zh: "--public-url ftp://x：请给 http:// 或 https://"),
        Rule(
            arguments: ["badge", "print", "NTE-2024-00006-6", "--public-url", "https://x.cn"],
            en: "--public-url goes with --format html, svg or png", zh: "--public-url 须与 --format html、svg 或 png"),
        Rule(
            arguments: ["badge", "verify"], en: "give a badge number, or --token (not both)", zh: "请给标识编号或 --token，二者选一"
        ),
        Rule(
            arguments: ["badge", "verify", "NTE-2024-00006-6", "--token", "PH1.a.b"],
            en: "give a badge number, or --token (not both)", zh: "请给标识编号或 --token"),
        Rule(
            arguments: ["badge", "verify", "--token", "PH1.a.b"], en: "--token needs --public-key FILE",
            zh: "--token 须给 --public-key"),
        Rule(
            arguments: ["badge", "verify", "NTE-2024-00006-6", "--public-key", "k.pub"],
            en: "--public-key goes with --token", zh: "--public-key 须与 --token"),
        // serve.
        Rule(
            arguments: ["serve", "--port", "70000"], en: "--port 70000: give 0 to 65535",
            zh: "--port 70000：请给 0 到 65535"),
        Rule(arguments: ["serve", "--port", "-1"], en: "--port -1: give 0 to 65535", zh: "--port -1：请给 0 到 65535"),
        Rule(
            arguments: ["serve", "--rate-limit", "-5"], en: "--rate-limit -5: must not be negative",
            zh: "--rate-limit -5：不能为负数"),
        Rule(
            arguments: ["serve", "--max-body", "0"], en: "--max-body 0: give 1 to 1024 MiB",
            zh: "--max-body 0：请给 1 到 1024 MiB"),
        Rule(
            arguments: ["serve", "--idle-timeout", "4000"], en: "--idle-timeout 4000: give 1 to 3600 seconds",
            zh: "--idle-timeout 4000：请给 1 到 3600 秒"),
        Rule(
            arguments: ["serve", "--public-url", "puhui.cn"],
            en: "--public-url puhui.cn: give an http:// or https:// URL", zh: "--public-url puhui.cn：请给 http://"),
        // report, export, benchmark compute.
        Rule(
            arguments: ["report", "--html", " "], en: "--html: give the file to write, e.g. report.html",
            zh: "--html：请给要写入的文件"),
        Rule(
            arguments: ["export", "prices", "--format", "geojson"], en: "--format geojson is for outlets only",
            zh: "--format geojson 只用于网点"),
        Rule(
            arguments: ["benchmark", "compute", "--min-outlets", "0"], en: "--min-outlets 0: give 1 or more",
            zh: "--min-outlets 0：至少为 1"),
    ]

    @Test(arguments: rules)
    func english(_ rule: Rule) async {
        let result = await InProcessPuhui.run(rule.arguments + ["--lang", "en"])
        #expect(result.status == 64, "\(result.stderr)")
        #expect(result.stderr.hasPrefix("error: " + rule.en), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        let prose = OneVoice.withoutData(result.stderr, rule.arguments)
        #expect(OneVoice.chineseCharacters(in: prose).isEmpty, "\(result.stderr)")
    }

    @Test(arguments: rules)
    func chinese(_ rule: Rule) async {
        let result = await InProcessPuhui.run(rule.arguments + ["--lang", "zh"])
        #expect(result.status == 64, "\(result.stderr)")
        #expect(result.stderr.hasPrefix("错误：" + rule.zh), "\(result.stderr)")
        let prose = OneVoice.withoutData(result.stderr, rule.arguments)
        #expect(OneVoice.englishWords(in: prose).isEmpty, "\(result.stderr)")
    }
}
