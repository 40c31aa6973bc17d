import Foundation
import Testing

/// The registry file as the operating system has it: read-only for this user, not a registry at
/// all, or held by another write.
@Suite("registry files: read-only, not a registry, a write in progress")
struct RegistryFileEndToEndTests {
    static let readCommands: [[String]] = [
        ["search", "--place", "崇川", "--radius", "3000", "--kind", "childcare", "--limit", "2"],
        ["search", "--keyword", "颐养", "--format", "json"],
        ["show", "NT-0103"],
        ["badge", "verify", "NTC-2025-00031-L"],
        ["audit", "verify"],
        ["audit", "log", "--entity", "outlet:NT-0103"],
        ["audit", "checkpoint"],
        ["officer", "list"],
        ["stats", "--as-of", "2026-11-29"],
        ["export", "outlets"],
        ["certify", "list", "--expiring", "60"],
        ["verify", "NT-0021", "--as-of", "2026-11-29"],
    ]

    @Test func aRegistryWithoutWritePermissionIsReadAndRefusesChangesClearly() throws {
        let puhui = try PuhuiProcess()
        defer { puhui.cleanUp() }
        #expect(try puhui.run(["init", "--db", "r.sqlite", "--sample"]).status == 0)
        let before = puhui.bytes("r.sqlite")
        for command in Self.readCommands {
            let result = try puhui.runWithoutWritePermission(command + ["--db", "r.sqlite", "--lang", "en"])
            #expect(result.status == 0, "\(command): \(result.stderr)")
            #expect(!result.stderr.contains("readonly"), "\(command): \(result.stderr)")
        }
        try puhui.write("one.csv", "id,operator_uscc,name,kind,district_code,address,lat,lon\n")
        for (language, words) in [("en", "this user may not write the file or its folder"), ("zh", "没有写权限")] {
            let refused = try puhui.runWithoutWritePermission(
                [
                    "officer", "add", "li.na", "--name", "李娜", "--district", "city", "--db", "r.sqlite", "--lang",
                    language,
                ])
            #expect(refused.status == 77, "\(refused.stderr)")
            #expect(refused.stderr.contains(words), "\(refused.stderr)")
        }
        let importing = try puhui.runWithoutWritePermission(
            ["import", "outlets", "one.csv", "--officer", "wang.li", "--db", "r.sqlite", "--lang", "en"])
        #expect(importing.status == 77, "\(importing.stderr)")
        #expect(puhui.bytes("r.sqlite") == before)
        #expect(!FileManager.default.fileExists(atPath: puhui.path("r.sqlite-wal")))
    }

    /// While another connection has the registry open its `-wal` and `-shm` files exist; a user
    /// who may not write them reads through them.
    @Test(.enabled(if: AuditEndToEndTests.sqlite3 != nil))
    func aReadOnlyUserReadsWhileAWriteIsInProgress() throws {
        let puhui = try PuhuiProcess()
        defer { puhui.cleanUp() }
        #expect(try puhui.run(["init", "--db", "r.sqlite", "--sample"]).status == 0)
        let holder = try WriteLockHolder(
            sqlite3: try #require(AuditEndToEndTests.sqlite3), path: puhui.path("r.sqlite"))
        defer { holder.release() }
        #expect(FileManager.default.fileExists(atPath: puhui.path("r.sqlite-shm")))
        let search = try puhui.runWithoutWritePermission(["show", "NT-0103", "--db", "r.sqlite", "--lang", "en"])
        #expect(search.status == 0, "\(search.stderr)")
        #expect(search.stdout.contains("NT-0103"))
    }

    @Test func aFileThatIsNotARegistryIsNeverTurnedIntoOne() throws {
        let puhui = try PuhuiProcess()
        defer { puhui.cleanUp() }
        try puhui.write("empty.sqlite", "")
        try puhui.write("notes.txt", "not a database\n")
        try FileManager.default.createDirectory(atPath: puhui.path("folder"), withIntermediateDirectories: false)
        try puhui.write("one.csv", "uscc,name,legal_form,legal_representative\n")
        let cases: [(String, String, String)] = [
            ("empty.sqlite", "it is an empty file (0 bytes)", "空文件（0 字节）"),
            ("notes.txt", "it is not an SQLite database", "不是 SQLite 数据库文件"),
            ("folder", "it is a directory", "文件夹"),
        ]
        for (file, english, chinese) in cases {
            for command in [
                ["search", "--keyword", "颐养"], ["show", "NT-0001"], ["audit", "verify"],
                ["import", "operators", "one.csv", "--officer", "wang.li"],
                ["officer", "add", "wang.li", "--name", "王力", "--district", "city"],
            ] {
                let result = try puhui.run(command + ["--db", file, "--lang", "en"])
                #expect(result.status == 66, "\(file) \(command): \(result.stderr)")
                #expect(result.stderr.contains(english) && result.stderr.contains("left as it is"), "\(result.stderr)")
            }
            let zh = try puhui.run(["search", "--keyword", "颐养", "--db", file, "--lang", "zh"])
            #expect(zh.stderr.contains(chinese) && zh.stderr.contains("未作任何改动"), "\(zh.stderr)")
        }
        #expect(puhui.bytes("empty.sqlite") == Data())
        #expect(puhui.bytes("notes.txt") == Data("not a database\n".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: puhui.path("folder")).isEmpty)
        // `init` is how a registry is made, an empty file included.
        #expect(try puhui.run(["init", "--db", "empty.sqlite"]).status == 0)
        #expect(try puhui.run(["audit", "verify", "--db", "empty.sqlite"]).status == 0)
    }

    /// A write in progress (an sqlite3 shell holding the write lock) makes a second writer wait,
    /// saying so, and both succeed; readers are not blocked; a writer whose limit passes fails
    /// clearly and changes nothing.
    @Test(.enabled(if: AuditEndToEndTests.sqlite3 != nil))
    func aWriterWaitsForAWriteInProgress() throws {
        let puhui = try PuhuiProcess()
        defer { puhui.cleanUp() }
        #expect(try puhui.run(["init", "--db", "r.sqlite", "--sample"]).status == 0)
        #expect(
            try puhui.run(["officer", "add", "wang.li", "--name", "王力", "--district", "city", "--db", "r.sqlite"])
                .status == 0)
        let sqlite3 = try #require(AuditEndToEndTests.sqlite3)

        let holder = try WriteLockHolder(sqlite3: sqlite3, path: puhui.path("r.sqlite"))
        let reader = try puhui.run(["show", "NT-0103", "--db", "r.sqlite"])
        #expect(reader.status == 0, "a reader is not blocked: \(reader.stderr)")
        let impatient = try puhui.run(
            [
                "officer", "add", "li.na", "--name", "李娜", "--district", "city", "--officer", "wang.li", "--db",
                "r.sqlite",
                "--wait", "1", "--lang", "en",
            ])
        #expect(impatient.status == 74, "\(impatient.stderr)")
        #expect(impatient.stderr.contains("held by another write") && impatient.stderr.contains("--wait"))
        let waiting = try puhui.start(
            [
                "officer", "add", "zhao.min", "--name", "赵敏", "--district", "320613", "--officer", "wang.li",
                "--db", "r.sqlite", "--lang", "en",
            ])
        // The notice comes after a second of waiting; the lock is held until it is seen.
        let deadline = Date().addingTimeInterval(60)
        var said = ""
        while Date() < deadline, waiting.process.isRunning {
            said = (try? String(contentsOf: waiting.stderr, encoding: .utf8)) ?? ""
            if said.contains("waiting for another change") { break }
            usleep(50_000)
        }
        #expect(said.contains("waiting for another change to the registry to finish (up to 120 s"), "\(said)")
        holder.release()
        waiting.process.waitUntilExit()
        #expect(waiting.process.terminationStatus == 0)
        let list = try puhui.run(["officer", "list", "--db", "r.sqlite", "--format", "json"])
        #expect(list.stdout.contains("zhao.min") && !list.stdout.contains("li.na"))
    }

    @Test func theWaitIsChecked() throws {
        let puhui = try PuhuiProcess()
        defer { puhui.cleanUp() }
        let result = try puhui.run(["search", "--keyword", "颐养", "--wait", "-3"])
        #expect(result.status == 64, "\(result.stderr)")
    }
}
