import Foundation
import Testing

/// The README as a newcomer uses it: the officer's tour pasted into a shell from a fresh clone,
/// and the table of exit codes, each code produced by a command that should give it.
@Suite("README, end to end")
struct ReadmeEndToEndTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static func readme() throws -> String {
        try String(contentsOf: repository.appendingPathComponent("README.md"), encoding: .utf8)
    }

    /// The first ```sh block after `heading`.
    static func block(after heading: String, in text: String) -> String? {
        guard let start = text.range(of: heading),
            let open = text.range(of: "```sh\n", range: start.upperBound..<text.endIndex),
            let close = text.range(of: "```", range: open.upperBound..<text.endIndex)
        else { return nil }
        return String(text[open.upperBound..<close.lowerBound])
    }

    @Test func theOfficersTourWorksAsPasted() throws {
        let tour = try #require(Self.block(after: "## An officer's tour", in: try Self.readme()))
        let lines = tour.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("swift build && export PATH=") == true)
        let puhui = try PuhuiProcess()
        defer { puhui.cleanUp() }
        // A fresh clone's files: the tour reads Seed/sample/.
        try FileManager.default.createSymbolicLink(
            atPath: puhui.path("Seed"), withDestinationPath: Self.repository.appendingPathComponent("Seed").path)
        let script = "set -e\n" + lines.dropFirst().joined(separator: "\n") + "\n"
        let shell = Process()
        shell.executableURL = URL(fileURLWithPath: "/bin/sh")
        shell.arguments = ["-c", script]
        shell.currentDirectoryURL = puhui.home
        shell.environment = [
            "HOME": puhui.home.path, "LANG": "C",
            "PATH": PuhuiProcess.executable.deletingLastPathComponent().path + ":/usr/bin:/bin",
        ]
        let errors = Pipe()
        shell.standardError = errors
        shell.standardOutput = FileHandle.nullDevice
        try shell.run()
        let said = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        shell.waitUntilExit()
        #expect(shell.terminationStatus == 0, "\(said)")
        #expect(FileManager.default.fileExists(atPath: puhui.path("outlets.geojson")))
        let outlets = try puhui.read("outlets.csv")
        #expect(outlets.split(separator: "\n").count > 400)
    }

    /// Every code in the README's table, produced by a command of its "e.g." kind; 70 (the
    /// program broken) cannot be produced from outside a working build.
    @Test(.enabled(if: AuditEndToEndTests.sqlite3 != nil))
    func everyExitCodeInTheTableIsTheOneACommandGives() throws {
        let text = try Self.readme()
        let table = Set(
            text.split(separator: "\n").compactMap { line -> Int32? in
                guard line.hasPrefix("| "), let code = Int32(line.dropFirst(2).prefix { $0 != " " }) else { return nil }
                return code
            })
        #expect(table == [0, 1, 64, 65, 66, 69, 70, 73, 74, 77])

        let puhui = try PuhuiProcess()
        defer { puhui.cleanUp() }
        #expect(try puhui.run(["init", "--db", "r.sqlite", "--sample"]).status == 0)
        #expect(
            try puhui.run(["officer", "add", "wang.li", "--name", "王力", "--district", "city", "--db", "r.sqlite"])
                .status == 0)
        try puhui.write("bad.csv", "uscc,name,legal_form,legal_representative\n91320600MA1XXXXXXA,某公司,company,张三\n")
        try puhui.write(
            "failing.yaml",
            "ruleset: t\nversion: \"1\"\nrules:\n  - {id: A-01, basis: b, severity: block, check: 'true'}\ntests:\n  - {name: t, as_of: 2024-01-01, facts: {}, expect: {A-01: fail}}\n"
        )
        try FileManager.default.createDirectory(atPath: puhui.path("folder"), withIntermediateDirectories: false)
        let examples: [(Int32, [String])] = [
            (0, ["search", "--keyword", "颐养", "--db", "r.sqlite"]),
            (1, ["rules", "test", "failing.yaml"]),
            (64, ["search", "--radius", "abc", "--db", "r.sqlite"]),
            (65, ["import", "operators", "bad.csv", "--db", "r.sqlite", "--officer", "wang.li"]),
            (66, ["show", "NT-0001", "--db", "missing.sqlite"]),
            (66, ["import", "outlets", "folder", "--db", "r.sqlite", "--officer", "wang.li"]),
            (66, ["badge", "verify", "--token", "x", "--public-key", "missing.pub"]),
            (66, ["audit", "verify", "--db", "r.sqlite", "--public-key", "missing.pub"]),
            (66, ["audit", "verify", "--db", "r.sqlite", "--public-key", "folder"]),
            (69, ["show", "NT-9999", "--db", "r.sqlite"]),
            (73, ["badge", "key", "init", "--officer", "wang.li", "--db", "r.sqlite"]),
            (77, ["import", "operators", "bad.csv", "--db", "r.sqlite"]),
            (77, ["import", "operators", "bad.csv", "--db", "r.sqlite", "--officer", "nobody.here"]),
        ]
        #expect(try puhui.run(["badge", "key", "init", "--officer", "wang.li", "--db", "r.sqlite"]).status == 0)
        var seen: Set<Int32> = []
        for (code, command) in examples {
            let result = try puhui.run(command)
            #expect(result.status == code, "\(command): \(result.stderr)")
            seen.insert(result.status)
        }
        // 74: another change holds the registry past the wait.
        let holder = try WriteLockHolder(
            sqlite3: try #require(AuditEndToEndTests.sqlite3), path: puhui.path("r.sqlite"))
        let busy = try puhui.run(
            [
                "officer", "add", "li.na", "--name", "李娜", "--district", "city", "--officer", "wang.li", "--db",
                "r.sqlite", "--wait", "0",
            ])
        holder.release()
        #expect(busy.status == 74, "\(busy.stderr)")
        seen.insert(busy.status)
        #expect(seen == table.subtracting([70]))
    }
}
