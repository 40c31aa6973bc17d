import Foundation
import Testing

/// Each limit of docs/LIMITS.md trips within 1 s and 200 MiB on this machine, through the
/// built binary: CPU time (user + system), so another build on the machine does not count; the
/// bound is generous for a debug build: 5 s.
@Suite("limits, end to end")
struct LimitsEndToEndTests {
    static let seconds = 5.0
    static let mebibytes = 200.0

    func aliasBomb() -> String {
        var text = "ruleset: t\nversion: \"1\"\nanchors:\n  a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for level in 1...9 {
            text +=
                "  a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ", ")
                + "]\n"
        }
        return text + """
            title: {zh: 测试, en: test}
            parameters:
              cap:
                values:
                  - {from: 2024-01-01, value: *a9, basis: "b"}
            rules:
              - {id: A-01, basis: b, severity: block, check: 'size(params.cap) > 0'}
            tests:
              - {name: bomb, as_of: 2024-06-01, facts: {outlet: *a9}, expect: {A-01: pass}}

            """
    }

    @Test(arguments: [["rules", "check"], ["rules", "test"], ["rules", "show"]])
    func anAliasBombIsRefusedWithinTheLimits(command: [String]) throws {
        let puhui = try PuhuiProcess()
        defer { puhui.cleanUp() }
        try puhui.write("bomb.yaml", aliasBomb())
        let result = try puhui.runMeasured(command + [puhui.path("bomb.yaml"), "--lang", "en"])
        #expect(result.status == 65, "\(result.stderr)")
        #expect(result.stderr.contains("bomb.yaml:"), "\(result.stderr)")
        #expect(result.stderr.contains("expands to more than 100000 values"), "\(result.stderr)")
        #expect(result.seconds < Self.seconds, "\(result.seconds) s")
        #expect(result.peakMiB < Self.mebibytes, "\(result.peakMiB) MiB")
    }

    @Test func aTenMegabyteFieldIsRefusedWithinTheLimits() throws {
        let puhui = try PuhuiProcess()
        defer { puhui.cleanUp() }
        #expect(try puhui.run(["init", "--db", "r.sqlite", "--sample"]).status == 0)
        let name = String(repeating: "名", count: 3_500_000)  // 10.5 MB of UTF-8
        try puhui.write(
            "operators.csv",
            "uscc,name,legal_form,legal_representative\n91320600MA1XXXXXXA,\(name),enterprise,张伟\n")
        let before = try puhui.dump("r.sqlite")
        let result = try puhui.runMeasured(
            [
                "import", "operators", puhui.path("operators.csv"), "--db", puhui.path("r.sqlite"), "--officer",
                "wang.li",
                "--lang", "en",
            ])
        #expect(result.status == 65, "\(result.stderr.prefix(300))")
        #expect(result.stderr.contains("operators.csv:2: column name: value \""), "\(result.stderr.prefix(300))")
        #expect(result.stderr.contains("is 3500000 characters long, more than this column's limit of 200"))
        #expect(result.seconds < Self.seconds, "\(result.seconds) s")
        #expect(result.peakMiB < Self.mebibytes, "\(result.peakMiB) MiB")
        #expect(try puhui.dump("r.sqlite") == before)
    }

    @Test func aNulInsideAFieldIsRefusedByTheCLIWithLineColumnAndValue() throws {
        let puhui = try PuhuiProcess()
        defer { puhui.cleanUp() }
        #expect(try puhui.run(["init", "--db", "r.sqlite", "--sample"]).status == 0)
        try puhui.write(
            "operators.csv", "uscc,name,legal_form,legal_representative\n91320600MA1XXXXXXA,测试\u{0}名称,enterprise,张伟\n")
        let entries = try puhui.run(["audit", "checkpoint", "--db", "r.sqlite", "--format", "json"]).stdout
        for (language, words) in [
            ("en", #"operators.csv:2: column name: value "测试\u{0}名称": holds the control character U+0000"#),
            ("zh", #"operators.csv:2: 列 name：值 "测试\u{0}名称"：含控制字符 U+0000"#),
        ] {
            let result = try puhui.run(
                [
                    "import", "operators", "operators.csv", "--db", "r.sqlite", "--officer", "wang.li", "--lang",
                    language,
                ])
            #expect(result.status == 65)
            #expect(result.stderr.contains(words), "\(result.stderr)")
        }
        let after = try puhui.run(["audit", "checkpoint", "--db", "r.sqlite", "--format", "json"]).stdout
        #expect(
            after.components(separatedBy: "\"length\"").last?.prefix(12)
                == entries.components(separatedBy: "\"length\"").last?.prefix(12))
    }
}
