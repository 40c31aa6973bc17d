import Registry
import Testing

@testable import PuhuiCLI

/// Bad values fail while the command line is parsed — before a registry is opened — with one
/// line in the user's language naming the option, the value and what is accepted, and exit 64.
@Suite("Parse errors in the user's language")
struct ParseErrorTests {
    struct Case: Sendable, CustomStringConvertible {
        var arguments: [String]
        var en: String
        var zh: String
        var description: String { arguments.joined(separator: " ") }
    }

    static let refusals: [Case] = [
        Case(
            arguments: ["search", "--near", "32.01,120.86", "--radius", "-1"],
            en: "error: --radius -1: give whole metres from 50 to 50000, e.g. 3000",
            zh: "错误：--radius -1：请给 50 到 50000 之间的整数米数，例如 3000"),
        Case(
            arguments: ["search", "--near", "32.01,120.86", "--radius", "20"],
            en: "error: --radius 20: give whole metres from 50 to 50000", zh: "错误：--radius 20：请给 50 到 50000 之间的整数米数"),
        Case(
            arguments: ["search", "--near", "91,120"], en: "error: --near 91,120: give LAT,LON in decimal degrees",
            zh: "错误：--near 91,120：请写十进制度数的 纬度,经度"),
        Case(
            arguments: ["search", "--keyword", "颐养", "--max-price", "-100"],
            en: "error: --max-price -100: give an amount in yuan, not negative", zh: "错误：--max-price -100：请写以元为单位、不为负"),
        Case(
            arguments: ["search", "--keyword", "颐养", "--max-ratio", "-0.5"],
            en: "error: --max-ratio -0.5: give the ratio to the market median, above 0",
            zh: "错误：--max-ratio -0.5：请写与市场中位价之比：大于 0"),
        Case(
            arguments: ["search", "--keyword", "颐养", "--as-of", "2026-02-30"],
            en: "error: --as-of 2026-02-30: no such day", zh: "错误：--as-of 2026-02-30：没有这一天"),
        Case(
            arguments: ["certify", "decide", "NT-0001", "--approve", "--on", "yesterday"],
            en: "error: --on yesterday: not a date; write YYYY-MM-DD", zh: "错误：--on yesterday：不是日期，请写成 YYYY-MM-DD"),
        Case(
            arguments: ["stats", "--district", "320600"],
            en: "error: --district 320600: not a district of the city. Accepted: city",
            zh: "错误：--district 320600：不是本市的区县。可选：city（全市）"),
        Case(
            arguments: ["benchmark", "show", "--district", "浦东"],
            en: "error: --district 浦东: not a district of the city",
            zh: "错误：--district 浦东：不是本市的区县"),
        Case(
            arguments: ["officer", "add", "li.na", "--name", "李娜", "--district", "-1"],
            en: "error: --district -1: not a district of the city", zh: "错误：--district -1：不是本市的区县"),
        Case(
            arguments: ["certify", "list", "--district", "崇"], en: "error: --district 崇: not a district of the city",
            zh: "错误：--district 崇：不是本市的区县"),
        Case(
            arguments: ["verify", "--all", "--district", "320613", "--district", "x"],
            en: "error: --district x: not a district",
            zh: "错误：--district x：不是本市的区县"),
    ]

    @Test(arguments: refusals)
    func english(_ refusal: Case) async {
        let result = await InProcessPuhui.run(refusal.arguments + ["--lang", "en"])
        #expect(result.status == 64)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix(refusal.en), "\(result.stderr)")
        #expect(result.stderr.contains("See 'puhui "))
        let prose = OneVoice.withoutData(result.stderr, refusal.arguments)
        #expect(OneVoice.chineseCharacters(in: prose).isEmpty, "\(result.stderr)")
    }

    @Test(arguments: refusals)
    func chinese(_ refusal: Case) async {
        let result = await InProcessPuhui.run(refusal.arguments + ["--lang", "zh"])
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix(refusal.zh), "\(result.stderr)")
        #expect(result.stderr.contains("用法见 puhui "))
        #expect(!result.stderr.contains("Error"))
        let prose = OneVoice.withoutData(result.stderr, refusal.arguments)
        #expect(OneVoice.englishWords(in: prose).isEmpty, "\(result.stderr)")
    }

    @Test func negativeNumbersAreValuesNotOptions() async {
        // Before: "Missing value for '--radius <metres>'".
        let result = await InProcessPuhui.run(["search", "--keyword", "x", "--limit", "-5", "--lang", "en"])
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix("error: --limit -5: give 1 to 10000"), "\(result.stderr)")
        #expect(!result.stderr.contains("Missing value"))
    }

    @Test func helpHintNamesTheCommand() async {
        let result = await InProcessPuhui.run(["benchmark", "show", "--district", "x", "--lang", "en"])
        #expect(result.stderr.hasSuffix("See 'puhui benchmark show --help'.\n"), "\(result.stderr)")
    }

    @Test func languageFromTheCommandLine() {
        #expect(Language.typed(in: ["search", "--lang", "zh"]) == .zh)
        #expect(Language.typed(in: ["--lang=en", "search"]) == .en)
        #expect(Language.typed(in: ["search", "--lang", "fr"]) == nil)
        #expect(Language.typed(in: ["search", "--", "--lang", "zh"]) == nil)
        #expect(Language.typed(in: ["search"]) == nil)
    }

    /// ArgumentParser's own errors (an unknown option, a missing value or argument, a value not
    /// among an enum's) are said in Chinese too.
    @Test(arguments: [
        (["search", "--lang", "zh", "--keyword", "x", "--nearby", "1"], "错误：没有选项 --nearby"),
        (["search", "--lang", "zh", "--place"], "错误：--place 缺少取值"),
        (["show", "--lang", "zh"], "错误：缺少必需的 <id>"),
        (
            ["search", "--lang", "zh", "--keyword", "x", "--format", "xml"],
            "错误：--format xml：不是可选的值。可选：table、json、csv、geojson"
        ),
        (["show", "--lang", "zh", "NT-0001", "NT-0002"], "错误：多余的参数：NT-0002"),
    ])
    func parserErrorsInChinese(_ arguments: [String], _ expected: String) async {
        let result = await InProcessPuhui.run(arguments)
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix(expected), "\(result.stderr)")
    }

    @Test(arguments: [
        (["search", "--lang", "en", "--keyword", "x", "--nearby", "1"], "error: Unknown option '--nearby'"),
        (["search", "--lang", "en", "--place"], "error: Missing value for '--place <name>'"),
        (["show", "--lang", "en"], "error: Missing expected argument '<id>'"),
    ])
    func parserErrorsInEnglish(_ arguments: [String], _ expected: String) async {
        let result = await InProcessPuhui.run(arguments)
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix(expected), "\(result.stderr)")
    }

    /// The language checker itself finds what it looks for.
    @Test func theOneVoiceCheckerFindsLeaks() {
        #expect(OneVoice.englishWords(in: "错误：--max-price 缺少 value（YYYY-MM-DD）") == ["value"])
        #expect(OneVoice.englishWords(in: "错误：--max-price -1：请写 city") == [])
        #expect(OneVoice.chineseCharacters(in: "error: Operator: x（y）") == ["（", "）"])
        #expect(OneVoice.chineseCharacters(in: "error: 有效 valid") == ["有", "效"])
        #expect(!OneVoice.withoutData("error: --district 浦东: no", ["--district", "浦东"]).contains("浦东"))
        #expect(OneVoice.englishWords(in: "可选：elder_institution、nursing") == ["nursing"])
    }
}
