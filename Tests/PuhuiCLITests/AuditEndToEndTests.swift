import Foundation
import Testing

/// `puhui audit` through the built binary, and what it says when someone edits the registry
/// file behind its back with the `sqlite3` shell.
@Suite("puhui audit, end to end")
struct AuditEndToEndTests {
    /// The `sqlite3` shell (`.ci/run` installs it), or nil.
    static let sqlite3: URL? = ["/usr/bin/sqlite3", "/usr/local/bin/sqlite3", "/bin/sqlite3"]
        .map(URL.init(fileURLWithPath:)).first { FileManager.default.isExecutableFile(atPath: $0.path) }

    /// Runs SQL on a registry file with the `sqlite3` shell; returns its exit status.
    static func sql(_ puhui: PuhuiProcess, _ file: String, _ statements: String) throws -> Int32 {
        guard let sqlite3 = sqlite3 else { return -1 }
        let process = Process()
        process.executableURL = sqlite3
        process.arguments = [puhui.path(file), statements]
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }

    @Test func intactRegistryVerifiesAndLogFilters() throws {
        let puhui = try PuhuiProcess()
        defer { puhui.cleanUp() }
        #expect(try puhui.run(["init", "--db", "r.sqlite", "--sample"]).status == 0)

        let verified = try puhui.run(["audit", "verify", "--db", "r.sqlite", "--lang", "en"])
        #expect(verified.status == 0, "\(verified.stderr)")
        #expect(verified.stdout.contains("entries, chain intact, head "))
        let zh = try puhui.run(["audit", "verify", "--db", "r.sqlite", "--lang", "zh"])
        #expect(zh.stdout.contains("审计链完好"))

        let files = try puhui.run(["audit", "log", "--db", "r.sqlite", "--entity-type", "file", "--format", "json"])
        #expect(files.status == 0, "\(files.stderr)")
        let entries = try #require(
            try JSONSerialization.jsonObject(with: Data(files.stdout.utf8)) as? [[String: Any]])
        #expect(entries.map { $0["entity_id"] as? String } == ["operators.csv", "outlets.csv", "prices.csv"])
        #expect(entries.allSatisfy { $0["officer"] as? String == "puhui-init" })

        let table = try puhui.run(["audit", "log", "--db", "r.sqlite", "--entity", "file:outlets.csv", "--lang", "en"])
        #expect(table.status == 0)
        #expect(table.stdout.contains("import.file"))
        #expect(table.stdout.contains("file:outlets.csv"))
        #expect(!table.stdout.contains("operators.csv"))

        let checkpoint = try puhui.run(["audit", "checkpoint", "--db", "r.sqlite", "--format", "json"])
        #expect(checkpoint.status == 0)
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(checkpoint.stdout.utf8)) as? [String: Any])
        let length = try #require(object["length"] as? Int)
        let head = try #require(object["head"] as? String)
        #expect(length > 3)
        #expect(object["taken_at"] is String && object["head_at"] is String && object["intact"] as? Bool == true)
        #expect(verified.stdout.contains("\(length) entries, chain intact, head \(head)"))
        let against = try puhui.run([
            "audit", "verify", "--db", "r.sqlite", "--checkpoint", "\(length):\(head)", "--lang", "en",
        ])
        #expect(against.status == 0, "\(against.stderr)")
        #expect(against.stdout.contains("matches the checkpoint"))
    }

    @Test(.enabled(if: sqlite3 != nil, "the sqlite3 shell is not installed (.ci/run installs it)"))
    func editedEntryIsNamed() throws {
        let puhui = try PuhuiProcess()
        defer { puhui.cleanUp() }
        #expect(try puhui.run(["init", "--db", "r.sqlite", "--sample"]).status == 0)
        #expect(
            try Self.sql(
                puhui, "r.sqlite",
                """
                DROP TRIGGER audit_log_no_update;
                UPDATE audit_log SET after_json = coalesce(after_json, '{}') || ' ' WHERE seq = 7;
                """) == 0)
        let en = try puhui.run(["audit", "verify", "--db", "r.sqlite", "--lang", "en"])
        #expect(en.status == 65)
        #expect(en.stderr.contains("broken at entry 7"), "\(en.stderr)")
        #expect(en.stderr.contains("content edited"))
        let zh = try puhui.run(["audit", "verify", "--db", "r.sqlite", "--lang", "zh"])
        #expect(zh.status == 65)
        #expect(zh.stderr.contains("第 7 条"), "\(zh.stderr)")
        #expect(zh.stderr.contains("内容被改动"))
        let checkpoint = try puhui.run(["audit", "checkpoint", "--db", "r.sqlite"])
        #expect(checkpoint.status == 65, "a broken chain gives no checkpoint")
    }

    @Test(.enabled(if: sqlite3 != nil, "the sqlite3 shell is not installed (.ci/run installs it)"))
    func deletedEntryIsNamed() throws {
        let puhui = try PuhuiProcess()
        defer { puhui.cleanUp() }
        #expect(try puhui.run(["init", "--db", "r.sqlite", "--sample"]).status == 0)
        #expect(
            try Self.sql(puhui, "r.sqlite", "DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE seq = 4;")
                == 0)
        let en = try puhui.run(["audit", "verify", "--db", "r.sqlite", "--lang", "en"])
        #expect(en.status == 65)
        #expect(en.stderr.contains("entry 4 is missing"), "\(en.stderr)")
        let zh = try puhui.run(["audit", "verify", "--db", "r.sqlite", "--lang", "zh"])
        #expect(zh.stderr.contains("第 4 条缺失"), "\(zh.stderr)")
    }

    @Test(.enabled(if: sqlite3 != nil, "the sqlite3 shell is not installed (.ci/run installs it)"))
    func entriesRemovedFromTheEndFailTheCheckpoint() throws {
        let puhui = try PuhuiProcess()
        defer { puhui.cleanUp() }
        #expect(try puhui.run(["init", "--db", "r.sqlite", "--sample"]).status == 0)
        let checkpoint = try puhui.run(["audit", "checkpoint", "--db", "r.sqlite", "--format", "json"])
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(checkpoint.stdout.utf8)) as? [String: Any])
        let length = try #require(object["length"] as? Int)
        let head = try #require(object["head"] as? String)
        #expect(
            try Self.sql(
                puhui, "r.sqlite", "DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE seq = \(length);")
                == 0)
        #expect(try puhui.run(["audit", "verify", "--db", "r.sqlite"]).status == 0, "the chain alone cannot see it")
        let against = try puhui.run([
            "audit", "verify", "--db", "r.sqlite", "--checkpoint", "\(length):\(head)", "--lang", "en",
        ])
        #expect(against.status == 65)
        #expect(against.stderr.contains("entry \(length) is gone"), "\(against.stderr)")
    }
}
