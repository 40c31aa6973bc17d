import Foundation
import Registry
import Testing

/// Tampering with the registry file behind puhui's back, with the sqlite3 shell, by someone who
/// can write the file but lacks the signing key: `audit verify` finds each and names it.
@Suite("tampering, end to end")
struct TamperEndToEndTests {
    static let enabled = AuditEndToEndTests.sqlite3 != nil

    /// A sample registry with officers and a signing key (in the scratch HOME's config folder),
    /// and one signed commit after the key.
    static func signedRegistry() throws -> PuhuiProcess {
        let puhui = try PuhuiProcess()
        #expect(try puhui.run(["init", "--db", "r.sqlite", "--sample"]).status == 0)
        #expect(
            try puhui.run(["officer", "add", "wang.li", "--name", "王力", "--district", "city", "--db", "r.sqlite"])
                .status == 0)
        #expect(try puhui.run(["badge", "key", "init", "--officer", "wang.li", "--db", "r.sqlite"]).status == 0)
        #expect(
            try puhui.run(
                [
                    "officer", "add", "zhao.min", "--name", "赵敏", "--district", "320613", "--officer", "wang.li",
                    "--db", "r.sqlite",
                ]
            ).status == 0)
        let verified = try puhui.run(["audit", "verify", "--db", "r.sqlite", "--lang", "en"])
        #expect(verified.status == 0, "\(verified.stderr)")
        #expect(verified.stdout.contains("chain intact, head signed"), "\(verified.stdout)")
        return puhui
    }

    func sql(_ puhui: PuhuiProcess, _ statements: String) throws {
        #expect(try AuditEndToEndTests.sql(puhui, "r.sqlite", statements) == 0, "\(statements)")
    }

    /// The SQL shell's answer to a query, one row a line, fields separated by U+001F (price keys hold `|`).
    func query(_ puhui: PuhuiProcess, _ sql: String) throws -> [[String]] {
        let process = Process()
        process.executableURL = AuditEndToEndTests.sqlite3
        process.arguments = ["-readonly", "-separator", "\u{1F}", puhui.path("r.sqlite"), sql]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self).split(separator: "\n").map {
            $0.split(separator: "\u{1F}", omittingEmptySubsequences: false).map(String.init)
        }
    }

    func verify(_ puhui: PuhuiProcess, _ language: String = "en") throws -> PuhuiProcess.Result {
        try puhui.run(["audit", "verify", "--db", "r.sqlite", "--lang", language])
    }

    static let dropTriggers = "DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;"

    @Test(.enabled(if: enabled)) func anEditedEntryIsNamed() throws {
        let puhui = try Self.signedRegistry()
        defer { puhui.cleanUp() }
        try sql(puhui, Self.dropTriggers + "UPDATE audit_log SET reason = 'x' WHERE seq = 9;")
        let result = try verify(puhui)
        #expect(result.status == 65)
        #expect(
            result.stderr.contains("broken at entry 9") && result.stderr.contains("content edited"), "\(result.stderr)")
    }

    @Test(.enabled(if: enabled)) func aDeletedEntryIsNamed() throws {
        let puhui = try Self.signedRegistry()
        defer { puhui.cleanUp() }
        try sql(puhui, Self.dropTriggers + "DELETE FROM audit_log WHERE seq = 12;")
        let result = try verify(puhui)
        #expect(result.status == 65)
        #expect(result.stderr.contains("entry 12 is missing"), "\(result.stderr)")
    }

    @Test(.enabled(if: enabled)) func reorderedEntriesAreNamed() throws {
        let puhui = try Self.signedRegistry()
        defer { puhui.cleanUp() }
        try sql(
            puhui,
            Self.dropTriggers
                + "UPDATE audit_log SET seq = -1 WHERE seq = 20; UPDATE audit_log SET seq = 20 WHERE seq = 21; UPDATE audit_log SET seq = 21 WHERE seq = -1;"
        )
        let result = try verify(puhui)
        #expect(result.status == 65)
        #expect(result.stderr.contains("broken at entry 20"), "\(result.stderr)")
    }

    @Test(.enabled(if: enabled)) func entriesCutFromTheEndAreFoundWithoutACheckpoint() throws {
        let puhui = try Self.signedRegistry()
        defer { puhui.cleanUp() }
        let length = try #require(Int(try query(puhui, "SELECT max(seq) FROM audit_log")[0][0]))
        try sql(puhui, Self.dropTriggers + "DELETE FROM audit_log WHERE seq >= \(length - 1);")
        for (language, words) in [
            ("en", "entries \(length - 1)–\(length) were cut from its end"),
            ("zh", "第 \(length - 1)–\(length) 条被从末尾删除"),
        ] {
            let result = try verify(puhui, language)
            #expect(result.status == 65)
            #expect(result.stderr.contains(words), "\(result.stderr)")
        }
    }

    /// An entry appended with a hash computed by the documented formula: the chain is intact,
    /// the signed head does not cover it.
    @Test(.enabled(if: enabled)) func aForgedAppendWithACorrectHashIsNamed() throws {
        let puhui = try Self.signedRegistry()
        defer { puhui.cleanUp() }
        let last = try query(puhui, "SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1")[0]
        let seq = try #require(Int64(last[0])) + 1
        let after = #"{"active":true,"id":"mallory"}"#
        let hash = AuditEntry.computeHash(
            prevHash: last[1], seq: seq, at: "2026-12-01T00:00:00Z", officer: "wang.li", action: "officer.add",
            entityType: "officer", entityID: "mallory", beforeJSON: nil, afterJSON: after, reason: "")
        try sql(
            puhui,
            """
            INSERT INTO audit_log (seq, at, officer, action, entity_type, entity_id, before_json, after_json, reason, prev_hash, hash)
            VALUES (\(seq), '2026-12-01T00:00:00Z', 'wang.li', 'officer.add', 'officer', 'mallory', NULL, '\(after)', '', '\(last[1])', '\(hash)');
            """)
        let result = try verify(puhui)
        #expect(result.status == 65)
        #expect(result.stderr.contains("entries \(seq) are not covered by the signed head"), "\(result.stderr)")
        #expect(result.stderr.contains("appended by someone without the signing key"))
        let checkpoint = try puhui.run(["audit", "verify", "--db", "r.sqlite", "--checkpoint", "\(seq):\(hash)"])
        #expect(checkpoint.status == 65, "a checkpoint of the forged head does not help")
    }

    /// Every entry from one on re-hashed after an edit: the chain is intact, the head is not the
    /// one that was signed.
    @Test(.enabled(if: enabled)) func aRewrittenChainIsNamed() throws {
        let puhui = try Self.signedRegistry()
        defer { puhui.cleanUp() }
        let rows = try query(
            puhui,
            "SELECT seq, at, officer, action, entity_type, entity_id, quote(before_json), quote(after_json), reason FROM audit_log WHERE seq >= 2400 ORDER BY seq"
        )
        var previous = try query(puhui, "SELECT hash FROM audit_log WHERE seq = 2399")[0][0]
        var statements = Self.dropTriggers
        for row in rows {
            let seq = try #require(Int64(row[0]))
            func unquote(_ text: String) -> String? {
                text == "NULL" ? nil : String(text.dropFirst().dropLast()).replacingOccurrences(of: "''", with: "'")
            }
            let reason = seq == 2400 ? "rewritten" : row[8]
            let hash = AuditEntry.computeHash(
                prevHash: previous, seq: seq, at: row[1], officer: row[2], action: row[3], entityType: row[4],
                entityID: row[5], beforeJSON: unquote(row[6]), afterJSON: unquote(row[7]), reason: reason)
            statements +=
                "UPDATE audit_log SET reason = '\(reason)', prev_hash = '\(previous)', hash = '\(hash)' WHERE seq = \(seq);\n"
            previous = hash
        }
        try sql(puhui, statements)
        let result = try verify(puhui)
        #expect(result.status == 65, "\(result.stdout)")
        #expect(
            result.stderr.contains("is not the one that was signed") && result.stderr.contains("rewritten"),
            "\(result.stderr)")
    }

    /// A direct edit of each main table is named by its record.
    @Test(
        .enabled(if: enabled),
        arguments: [
            (
                "UPDATE outlet SET name = '改过的名字' WHERE id = 'NT-0103';",
                "outlet:NT-0103 was changed behind puhui's back"
            ),
            (
                "UPDATE operator SET legal_representative = '某人' WHERE uscc = (SELECT operator_uscc FROM outlet WHERE id = 'NT-0103');",
                "was changed behind puhui's back"
            ),
            (
                "UPDATE childcare_class SET enrolled = enrolled + 1 WHERE outlet_rid = (SELECT rid FROM outlet WHERE id = 'NT-0103');",
                "outlet:NT-0103 was changed"
            ),
            (
                "UPDATE price SET amount_fen = 1 WHERE outlet_rid = (SELECT rid FROM outlet WHERE id = 'NT-0103');",
                "price:NT-0103|"
            ),
            (
                "DELETE FROM price WHERE outlet_rid = (SELECT rid FROM outlet WHERE id = 'NT-0103');",
                "was deleted behind puhui's back"
            ),
            (
                "UPDATE officer SET district_code = NULL WHERE id = 'zhao.min';",
                "officer:zhao.min was changed behind puhui's back"
            ),
            (
                "INSERT INTO officer (id, name, district_code, active, created_at, created_by) VALUES ('ghost', '鬼', NULL, 1, '2026-01-01T00:00:00Z', 'wang.li');",
                "officer:ghost was added behind puhui's back"
            ),
        ])
    func aDirectEditOfAMainTableIsNamed(statement: String, words: String) throws {
        let puhui = try Self.signedRegistry()
        defer { puhui.cleanUp() }
        try sql(puhui, statement)
        let result = try verify(puhui)
        #expect(result.status == 65)
        #expect(result.stderr.contains(words), "\(result.stderr)")
        #expect(result.stderr.contains("the audit chain itself is intact"))
        let zh = try verify(puhui, "zh")
        #expect(zh.stderr.contains("被绕过 puhui"), "\(zh.stderr)")
    }

    /// A change needs the signing key once the registry has one: without it, refused with 77.
    @Test(.enabled(if: enabled)) func aWriterWithoutTheKeyIsRefused() throws {
        let puhui = try Self.signedRegistry()
        defer { puhui.cleanUp() }
        let result = try puhui.run(
            [
                "officer", "add", "li.na", "--name", "李娜", "--district", "city", "--officer", "wang.li", "--db",
                "r.sqlite", "--lang", "en",
            ],
            environment: ["PUHUI_SIGNING_KEY": puhui.path("elsewhere.key")])
        #expect(result.status == 77, "\(result.stderr)")
        #expect(result.stderr.contains("signs its audit chain's head"), "\(result.stderr)")
        #expect(try verify(puhui).status == 0)
    }
}
