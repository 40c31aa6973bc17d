import Foundation
import Testing

/// `puhui report --html` through the built binary: the file is self-contained, its embedded
/// figures are exactly `stats --format json`, every bar shows the value of its figure, and data
/// as entered is escaped.
@Suite("puhui report, end to end")
struct ReportEndToEndTests {
    static let db = ["--db", "r.sqlite"]

    /// The text between `start` and the next `end`.
    static func between(_ text: String, _ start: String, _ end: String) -> String? {
        guard let from = text.range(of: start), let to = text.range(of: end, range: from.upperBound..<text.endIndex)
        else { return nil }
        return String(text[from.upperBound..<to.lowerBound])
    }

    static func matches(_ pattern: String, in text: String) throws -> [[String]] {
        let regex = try NSRegularExpression(pattern: pattern)
        let ns = text as NSString
        return regex.matches(in: text, range: NSRange(location: 0, length: ns.length)).map { match in
            (1..<match.numberOfRanges).map { ns.substring(with: match.range(at: $0)) }
        }
    }

    @Test func selfContainedAndEqualToStats() throws {
        let puhui = try PuhuiProcess()
        defer { puhui.cleanUp() }
        // `init --sample` computes the sample's benchmark run (1, as of 2026-11-29).
        #expect(try puhui.run(["init", "--sample"] + Self.db).status == 0)
        // An outlet whose name is markup, to see it escaped.
        let sample = try String(
            contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
                .appendingPathComponent("../../Seed/sample/outlets.csv"), encoding: .utf8
        ).split(separator: "\n")
        let row = String(sample[1]).replacingOccurrences(of: "NT-0001,", with: "NT-9001,")
            .replacingOccurrences(of: "康佑居家养老服务站（丹桂社区）", with: "\"</script><b>\"\"甲&乙\"\"</b>\"")
        try puhui.write("evil.csv", sample[0] + "\n" + row + "\n")
        #expect(try puhui.run(["import", "outlets", "evil.csv", "--officer", "wang.li"] + Self.db).status == 0)

        let made = try puhui.run(
            ["report", "--html", "report.html", "--as-of", "2026-11-29", "--lang", "zh"] + Self.db)
        #expect(made.status == 0, "\(made.stderr)")
        let html = try puhui.read("report.html")
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<meta charset=\"utf-8\">"))
        #expect(html.contains("南通市普惠养老托育规划目标与价格报告"))
        // Self-contained: nothing fetched, nothing run.
        for forbidden in [
            "http://", "https://", "<link", "@font-face", "url(", "<script src", "<img", "<iframe", "@import",
        ] {
            #expect(!html.lowercased().contains(forbidden.lowercased()), "\(forbidden)")
        }
        #expect(
            try Self.matches("<script([^>]*)>", in: html).map { $0[0] } == [
                " type=\"application/json\" id=\"puhui-stats\""
            ])
        // Escaped: the name shows as text, never as markup.
        #expect(html.contains("NT-9001 &lt;/script&gt;&lt;b&gt;&quot;甲&amp;乙&quot;&lt;/b&gt;"))
        #expect(!html.contains("<b>"))

        // The embedded figures are `stats --format json`, byte for byte once `\u003c` is read back.
        let stats = try puhui.run(["stats", "--as-of", "2026-11-29", "--format", "json"] + Self.db)
        let embedded = try #require(
            Self.between(html, "<script type=\"application/json\" id=\"puhui-stats\">\n", "\n</script>"))
        #expect(
            embedded.replacingOccurrences(of: "\\u003c", with: "<") == stats.stdout.trimmingCharacters(in: .newlines))
        let parsed = try JSONSerialization.jsonObject(with: Data(embedded.utf8)) as? NSDictionary
        let direct = try JSONSerialization.jsonObject(with: Data(stats.stdout.utf8)) as? NSDictionary
        #expect(parsed != nil && parsed == direct)

        // Every bar: its value is the figure's, and its label is that value as stats prints it.
        struct Figure: Decodable {
            var measure: String
            var value: Int?
            var decimals: Int
            var unit: String
            var status: String
        }
        struct Area: Decodable {
            var code: String
            var figures: [Figure]
        }
        struct Stats: Decodable {
            var city: Area?
            var districts: [Area]
        }
        let decoded = try JSONDecoder().decode(Stats.self, from: Data(stats.stdout.utf8))
        let areas = [decoded.city].compactMap { $0 } + decoded.districts
        let bars = try Self.matches(
            "<g class=\"bar\" data-area=\"([0-9]+)\" data-measure=\"([a-z_0-9]+)\" data-value=\"(-?[0-9]*)\" data-status=\"([a-z_]+)\">[^<]*<text[^>]*>[^<]*</text>[^<]*<rect[^>]*/>[^<]*<text class=\"value\"[^>]*>([^<]*)</text>",
            in: html)
        #expect(bars.count == areas.count * 6)
        for bar in bars {
            let figure = try #require(areas.first { $0.code == bar[0] }?.figures.first { $0.measure == bar[1] })
            #expect(bar[2] == (figure.value.map(String.init) ?? ""), "\(bar)")
            #expect(bar[3] == figure.status, "\(bar)")
            guard let value = figure.value else { continue }
            // The label: value with its decimals (and % for percent).
            var digits = String(abs(value))
            if figure.decimals > 0 {
                while digits.count <= figure.decimals { digits = "0" + digits }
                digits.insert(".", at: digits.index(digits.endIndex, offsetBy: -figure.decimals))
            }
            #expect(bar[4] == (value < 0 ? "-" : "") + digits + (figure.unit == "percent" ? "%" : ""), "\(bar)")
        }
        // The city's nursing share as computed by hand (docs/STATS.md).
        #expect(bars.contains { $0[0] == "320600" && $0[1] == "inclusive_nursing_bed_share" && $0[4] == "36.2%" })
        // The map: one mark per outlet, district centres labelled; prices and benchmarks present.
        #expect(try Self.matches("<circle class=\"outlet ", in: html).count == 438)
        #expect(html.contains(">崇川区</text>"))
        #expect(html.contains("data-district=\"320613\" data-kind=\"childcare_institution\""))
        #expect(html.contains("基准第 1 次"))
    }

    @Test func badInputIsRefused() throws {
        let puhui = try PuhuiProcess()
        defer { puhui.cleanUp() }
        #expect(try puhui.run(["init", "--sample"] + Self.db).status == 0)
        #expect(try puhui.run(["report"] + Self.db).status == 64)
        let directory = try puhui.run(["report", "--html", ".", "--lang", "en"] + Self.db)
        #expect(directory.status == 74)
        #expect(directory.stderr.contains("it is a directory"))
        let missing = try puhui.run(["report", "--html", "no/such/dir/r.html", "--lang", "en"] + Self.db)
        #expect(missing.status == 74)
        #expect(
            missing.stderr.contains("no/such/dir/r.html")
                && missing.stderr.contains("the folder no/such/dir does not exist"))
    }
}
