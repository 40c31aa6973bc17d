import Foundation
import GRDB
import Testing

@testable import Registry

/// Reading the audit log by record and officer, checkpoints, and how a broken chain is named.
@Suite("Audit log queries, verification and checkpoints")
struct AuditQueryTests {
    @Test func filtersByEntityOfficerAndSeq() throws {
        let db = try Fixtures.populated()
        let outlet = try db.audit.auditEntries(matching: AuditQuery(entityType: "outlet", entityID: "NT-0002"))
        #expect(outlet.map(\.action) == ["import.insert"])
        #expect(outlet.first?.entityID == "NT-0002")

        let prices = try db.audit.auditEntries(matching: AuditQuery(entityType: "price"))
        #expect(prices.count == 5)
        #expect(prices.map(\.seq) == prices.map(\.seq).sorted(), "oldest first")

        let byOfficer = try db.audit.auditEntries(matching: AuditQuery(officer: "测试员", limit: 1000))
        #expect(byOfficer.count == 14)
        #expect(try db.audit.auditEntries(matching: AuditQuery(officer: "nobody")).isEmpty)
    }

    @Test func withoutFromTheNewestComeLastAndWithFromTheyStartThere() throws {
        let db = try Fixtures.populated()
        let newest = try db.audit.auditEntries(matching: AuditQuery(limit: 3))
        #expect(newest.map(\.seq) == [13, 14, 15])
        let fromFive = try db.audit.auditEntries(matching: AuditQuery(fromSeq: 5, limit: 3))
        #expect(fromFive.map(\.seq) == [5, 6, 7])
        let filtered = try db.audit.auditEntries(matching: AuditQuery(entityType: "file", fromSeq: 6, limit: 10))
        #expect(filtered.map(\.entityID) == ["outlets.csv", "prices.csv"])
    }

    @Test func intactChainReportsItsHead() throws {
        let db = try Fixtures.populated()
        let verification = try db.audit.verifyAuditLog()
        let last = try #require(try db.audit.auditEntries(matching: AuditQuery(limit: 1)).last)
        #expect(verification.isIntact)
        #expect(verification.head == last.hash)
        #expect(verification.headSeq == 15)
        #expect(verification.kind == nil)
    }

    @Test func editedContentIsNamedInBothLanguages() throws {
        let db = try Fixtures.populated()
        try db.writer.write { db in
            try db.execute(sql: "DROP TRIGGER audit_log_no_update")
            try db.execute(sql: "UPDATE audit_log SET after_json = replace(after_json, '1850', '1') WHERE seq = 10")
        }
        let verification = try db.audit.verifyAuditLog()
        #expect(verification.firstBrokenSeq == 10)
        #expect(verification.kind == .contentEdited)
        #expect(verification.headSeq == 9)
        #expect(verification.reason(in: .en)?.contains("entry 10: content edited") == true)
        #expect(verification.reason(in: .zh)?.contains("第 10 条：内容被改动") == true)
    }

    @Test func rehashedEntryBreaksTheNextLink() throws {
        let db = try Fixtures.populated()
        // Someone edits entry 10 and recomputes its hash: the chain breaks at 11.
        let entry = try #require(try db.audit.auditEntries(from: 10, limit: 1).first)
        let forged = AuditEntry.computeHash(
            prevHash: entry.prevHash, seq: entry.seq, at: entry.at, officer: "someone.else", action: entry.action,
            entityType: entry.entityType, entityID: entry.entityID, beforeJSON: entry.beforeJSON,
            afterJSON: entry.afterJSON, reason: entry.reason)
        try db.writer.write { db in
            try db.execute(sql: "DROP TRIGGER audit_log_no_update")
            try db.execute(
                sql: "UPDATE audit_log SET officer = 'someone.else', hash = ? WHERE seq = 10", arguments: [forged])
        }
        let verification = try db.audit.verifyAuditLog()
        #expect(verification.firstBrokenSeq == 11)
        #expect(verification.kind == .linkBroken)
        #expect(verification.reason(in: .en)?.contains("link broken") == true)
    }

    @Test func missingEntryIsNamed() throws {
        let db = try Fixtures.populated()
        try db.writer.write { db in
            try db.execute(sql: "DROP TRIGGER audit_log_no_delete")
            try db.execute(sql: "DELETE FROM audit_log WHERE seq = 5")
        }
        let verification = try db.audit.verifyAuditLog()
        #expect(verification.kind == .entryMissing)
        #expect(verification.missingSeq == 5)
        #expect(verification.namedSeq == 5)
        #expect(verification.reason(in: .en) == "entry 5 is missing — the log jumps from 4 to 6")
        #expect(verification.reason(in: .zh) == "第 5 条缺失——日志从第 4 条跳到第 6 条")
    }

    @Test func checkpointCatchesEntriesRemovedFromTheEnd() throws {
        let db = try Fixtures.populated()
        let checkpoint = try db.audit.auditCheckpoint()
        #expect(checkpoint.length == 15)
        #expect(checkpoint.intact)
        #expect(checkpoint.takenAt == "2026-03-01T08:00:00Z")
        #expect(checkpoint.head == (try db.audit.verifyAuditLog().head))
        #expect(checkpoint.token == "15:\(checkpoint.head)")
        #expect(try db.audit.auditCheckpointMismatch(length: checkpoint.length, head: checkpoint.head) == nil)

        try db.writer.write { db in
            try db.execute(sql: "DROP TRIGGER audit_log_no_delete")
            try db.execute(sql: "DELETE FROM audit_log WHERE seq = 15")
        }
        // The chain alone still verifies: only the checkpoint shows the loss.
        #expect(try db.audit.verifyAuditLog().isIntact)
        let mismatch = try #require(
            try db.audit.auditCheckpointMismatch(length: checkpoint.length, head: checkpoint.head))
        #expect(mismatch.en.contains("entry 15 is gone"))
    }

    @Test func emptyLogCheckpointIsGenesis() throws {
        let db = try RegistryDatabase.inMemory(clock: Fixtures.clock, reference: nil)
        let checkpoint = try db.audit.auditCheckpoint()
        #expect(checkpoint.length == 0)
        #expect(checkpoint.head == AuditEntry.genesisHash)
        #expect(checkpoint.headAt == nil)
    }
}

/// The channel an entry came through (`audit_channel`) is covered by the entry's hash.
@Suite("Audit log: the API channel is in the chain")
struct AuditChannelChainTests {
    /// A populated registry with wang.li registered, and entries `first...` written through the
    /// API with wang.li's token.
    static func registryWithAPIEntries() throws -> (RegistryDatabase, first: Int64, last: Int64) {
        var db = try Fixtures.populated()
        try db.officers.addOfficer(id: "wang.li", name: "王力", districtCode: nil, by: nil)
        _ = try db.officers.issueOfficerToken(officerID: "wang.li", days: 30, by: "wang.li")
        let (token, _) = try db.officers.issueOfficerToken(officerID: "wang.li", days: 30, by: "wang.li")
        let first = try db.audit.auditHeadSeq() + 1
        db.auditChannel = .api(tokenID: token.id)
        try db.officers.addOfficer(id: "zhao.min", name: "赵敏", districtCode: "320612", by: "wang.li")
        try db.officers.addOfficer(id: "li.na", name: "李娜", districtCode: nil, by: "wang.li")
        return (db, first, try db.audit.auditHeadSeq())
    }

    @Test func entriesWrittenThroughTheAPIVerifyWithTheirChannel() throws {
        let (db, first, last) = try Self.registryWithAPIEntries()
        #expect(last == first + 1)
        let entries = try db.audit.auditEntries(from: 1, limit: 10_000)
        #expect(entries.filter { $0.channel != nil }.map(\.seq) == [first, last])
        let entry = try #require(try db.audit.auditEntries(from: first, limit: 1).first)
        let channel = try #require(entry.channel)
        #expect(
            entry.hash
                == AuditEntry.computeHash(
                    prevHash: entry.prevHash, seq: entry.seq, at: entry.at, officer: entry.officer,
                    action: entry.action, entityType: entry.entityType, entityID: entry.entityID,
                    beforeJSON: entry.beforeJSON, afterJSON: entry.afterJSON, reason: entry.reason, channel: channel))
        #expect(try db.audit.verifyAuditLog().isIntact)
    }

    /// (statements, the entry named: {F} = the first API entry, {L} the last, {B} the CLI entry
    /// before them).
    @Test(arguments: [
        ("DROP TRIGGER audit_channel_no_delete; DELETE FROM audit_channel WHERE seq = {F}", "F"),
        ("DROP TRIGGER audit_channel_no_update; UPDATE audit_channel SET seq = {B} WHERE seq = {L}", "B"),
        (
            "INSERT INTO audit_channel (seq, channel, token_id) SELECT {B}, channel, token_id FROM audit_channel WHERE seq = {F}",
            "B"
        ),
        (
            "DROP TRIGGER audit_channel_no_update; UPDATE audit_channel SET token_id = (SELECT id FROM officer_token WHERE id <> token_id) WHERE seq = {L}",
            "L"
        ),
    ])
    func aChannelRowChangedByHandBreaksTheChainThere(statements: String, broken: String) throws {
        let (db, first, last) = try Self.registryWithAPIEntries()
        let seqs: [String: Int64] = ["F": first, "L": last, "B": first - 1]
        var sql = statements
        for (name, seq) in seqs { sql = sql.replacingOccurrences(of: "{\(name)}", with: "\(seq)") }
        try db.writer.write { db in try db.execute(sql: sql) }
        let verification = try db.audit.verifyAuditLog()
        let expected = try #require(seqs[broken])
        #expect(verification.firstBrokenSeq == expected, "\(sql)")
        #expect(verification.kind == .contentEdited)
    }
}
