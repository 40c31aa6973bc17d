import Foundation
import Testing

/// Officers' files through the built binary: workbooks in and out, templates, GB18030, and
/// progress drawn on a real terminal (`script` from util-linux gives the command a pty).
@Suite("Officers' files and progress, end to end")
struct OfficersFilesEndToEndTests {
    static let script = "/usr/bin/script"

    /// Runs `puhui` under a pseudo-terminal: stdout and stderr both arrive in the result's stdout.
    static func onTerminal(_ puhui: PuhuiProcess, _ arguments: [String], lang: String = "C") throws
        -> PuhuiProcess.Result
    {
        let command = ([PuhuiProcess.executable.path] + arguments).map { "'\($0)'" }.joined(separator: " ")
        return try puhui.run(
            ["-qec", command, "/dev/null"], environment: ["LANG": lang], executable: URL(fileURLWithPath: script))
    }

    @Test(
        "progress is drawn in place on a terminal, and absent when piped or with --quiet",
        .enabled(if: FileManager.default.isExecutableFile(atPath: script), "util-linux's script is not installed"))
    func progressOnATerminal() throws {
        let puhui = try PuhuiProcess()
        defer { puhui.cleanUp() }
        #expect(try puhui.run(["init", "--db", "first.sqlite", "--sample"]).status == 0)
        #expect(try puhui.run(["init", "--db", "second.sqlite"]).status == 0)
        let exported = try Self.onTerminal(
            puhui, ["export", "prices", "--db", "first.sqlite", "--output", "prices.csv"])
        #expect(exported.status == 0, "\(exported.stdout)")
        #expect(exported.stdout.contains("\rexporting: 1,000 of 1,933 rows (51%)"), "\(exported.stdout)")
        for table in ["operators", "outlets"] {
            #expect(try puhui.run(["export", table, "--db", "first.sqlite", "--output", "\(table).csv"]).status == 0)
            #expect(
                try puhui.run(["import", table, "\(table).csv", "--db", "second.sqlite", "--officer", "t1"]).status == 0
            )
        }
        let imported = try Self.onTerminal(
            puhui, ["import", "prices", "prices.csv", "--db", "second.sqlite", "--officer", "t1"], lang: "zh_CN.UTF-8")
        #expect(imported.status == 0, "\(imported.stdout)")
        #expect(imported.stdout.contains("\r检查：1,000 行"), "\(imported.stdout)")
        #expect(imported.stdout.contains("\r写入：1,000 / 1,933 行（51%）"), "\(imported.stdout)")
        // The line is cleared before the summary.
        #expect(imported.stdout.contains("\r\u{1B}[Kprices.csv：已导入 1933 行"), "\(imported.stdout)")
        let audit = try Self.onTerminal(puhui, ["audit", "verify", "--db", "second.sqlite"])
        #expect(audit.stdout.contains("\rchecking the audit log: 1,000 of "), "\(audit.stdout)")
        let verify = try Self.onTerminal(puhui, ["verify", "--all", "--db", "first.sqlite", "--as-of", "2026-11-01"])
        #expect(verify.stdout.contains("\rverifying: 437 of 437 outlets (100%)"), "\(verify.stdout)")

        // Not a terminal: nothing extra on stderr.
        let piped = try puhui.run(["export", "prices", "--db", "first.sqlite"])
        #expect(piped.status == 0)
        #expect(!piped.stderr.contains("\r") && !piped.stderr.contains("exporting"), "\(piped.stderr)")
        let quiet = try Self.onTerminal(
            puhui, ["export", "prices", "--db", "first.sqlite", "--output", "quiet.csv", "--quiet"])
        // (A terminal writes every line end as \r\n, so a carriage return alone proves nothing.)
        #expect(!quiet.stdout.contains("\u{1B}[K") && !quiet.stdout.contains("exporting"), "\(quiet.stdout)")
    }

    @Test("export --format xlsx imports back unchanged; a template imports; a GB18030 file is said to be one")
    func workbooksTemplatesAndGB18030() throws {
        let puhui = try PuhuiProcess()
        defer { puhui.cleanUp() }
        #expect(try puhui.run(["init", "--db", "first.sqlite", "--sample"]).status == 0)
        #expect(try puhui.run(["init", "--db", "second.sqlite"]).status == 0)
        for table in ["operators", "outlets", "prices"] {
            let exported = try puhui.run([
                "export", table, "--db", "first.sqlite", "--format", "xlsx", "--output", "\(table).xlsx",
            ])
            #expect(exported.status == 0, "\(exported.stderr)")
            let imported = try puhui.run(["import", table, "\(table).xlsx", "--db", "second.sqlite", "--officer", "t1"])
            #expect(imported.status == 0, "\(imported.stderr)")
            #expect(imported.stdout.hasPrefix("\(table).xlsx:\(table): imported "))
        }
        for table in ["operators", "outlets", "prices"] {
            let first = try puhui.run(["export", table, "--db", "first.sqlite"]).stdout
            #expect(try puhui.run(["export", table, "--db", "second.sqlite"]).stdout == first, "\(table)")
        }
        // A workbook is not written to a terminal.
        if FileManager.default.isExecutableFile(atPath: Self.script) {
            let terminal = try Self.onTerminal(
                puhui, ["export", "operators", "--db", "first.sqlite", "--format", "xlsx"])
            #expect(terminal.status == 64)
            #expect(terminal.stdout.contains("a workbook is a binary file, not for a terminal: add --output NAME.xlsx"))
        }

        #expect(try puhui.run(["init", "--db", "third.sqlite"]).status == 0)
        for table in ["operators", "outlets", "prices"] {
            let template = try puhui.run(["template", table, "--format", "xlsx", "--output", "t-\(table).xlsx"])
            #expect(template.status == 0, "\(template.stderr)")
            let imported = try puhui.run([
                "import", table, "t-\(table).xlsx", "--db", "third.sqlite", "--officer", "t1",
            ])
            #expect(imported.status == 0, "\(imported.stderr)")
            #expect(imported.stdout.contains("imported 1 rows (1 new, 0 updated)"))
        }
        #expect(try puhui.run(["template", "operators", "--output", "t.csv"]).status == 0)
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: puhui.path("t.csv"))))
        #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF] + Array("uscc,name,legal_form".utf8)))

        try puhui.write("operators.utf8.csv", try puhui.run(["export", "operators", "--db", "first.sqlite"]).stdout)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/iconv")
        process.arguments = [
            "-f", "UTF-8", "-t", "GB18030", "-o", puhui.path("operators-gbk.csv"), puhui.path("operators.utf8.csv"),
        ]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(try puhui.run(["init", "--db", "fourth.sqlite"]).status == 0)
        let gb = try puhui.run(
            ["import", "operators", "operators-gbk.csv", "--db", "fourth.sqlite", "--officer", "t1"],
            environment: ["LANG": "zh_CN.UTF-8"])
        #expect(gb.status == 0, "\(gb.stderr)")
        #expect(gb.stderr.contains("注意：operators-gbk.csv 不是 UTF-8 编码，已按 GB18030（GBK）读取。"))
        #expect(
            try puhui.run(["export", "operators", "--db", "fourth.sqlite"]).stdout
                == (try puhui.read("operators.utf8.csv")))
    }
}
