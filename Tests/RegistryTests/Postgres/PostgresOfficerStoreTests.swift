import Foundation
import Registry
import Testing

@testable import RegistryPostgres

/// Officers and the write transaction on PostgreSQL against the real server: the same changes,
/// made through `OfficerStore` on SQLite and on PostgreSQL with the same clock and reference
/// data, must give the same outcomes and the same audit chain, hash for hash.
@Suite("PostgreSQL store: officers", .enabled(if: PostgresTestServer.isAvailable, PostgresTestServer.skipReason))
struct PostgresOfficerStoreTests {
    /// The officer rules' cases, in order, each outcome as a line (`outcome`).
    static func officerScenario(_ officers: some OfficerStore) async -> [String] {
        var lines: [String] = []
        lines.append(await outcome { try await officers.hasOfficers() })
        lines.append(
            await outcome {
                try await officers.addOfficer(id: "zhao.min", name: "赵敏", districtCode: "320613", by: nil, reason: "")
            })
        for id in ["Wang.Li", "", "puhui-init", "王力"] {
            lines.append(
                await outcome {
                    try await officers.addOfficer(id: id, name: "某人", districtCode: nil, by: nil, reason: "")
                })
        }
        lines.append(
            await outcome {
                try await officers.addOfficer(id: "wang.li", name: "王力", districtCode: nil, by: nil, reason: "")
            })
        lines.append(
            await outcome {
                try await officers.addOfficer(id: "zhao.min", name: "赵敏", districtCode: "320613", by: nil, reason: "")
            })
        lines.append(
            await outcome {
                try await officers.addOfficer(
                    id: "zhao.min", name: "赵敏", districtCode: "320613", by: "li.na", reason: "")
            })
        lines.append(
            await outcome {
                try await officers.addOfficer(
                    id: "zhao.min", name: "赵敏", districtCode: "320613", by: "wang.li", reason: "通州区")
            })
        lines.append(
            await outcome {
                try await officers.addOfficer(
                    id: "qian.yi", name: "钱一", districtCode: "320613", by: "zhao.min", reason: "")
            })
        lines.append(
            await outcome {
                try await officers.addOfficer(
                    id: "zhao.min", name: "赵敏", districtCode: "320612", by: "wang.li", reason: "")
            })
        lines.append(
            await outcome {
                try await officers.addOfficer(
                    id: "qian.yi", name: "钱一", districtCode: "320600", by: "wang.li", reason: "")
            })
        lines.append(
            await outcome {
                try await officers.addOfficer(
                    id: "qian.yi", name: "钱一", districtCode: "999999", by: "wang.li", reason: "")
            })
        lines.append(await outcome { try await officers.deactivateOfficer(id: "wang.li", by: "wang.li", reason: "") })
        lines.append(await outcome { try await officers.deactivateOfficer(id: "wang.li", by: "zhao.min", reason: "") })
        lines.append(
            await outcome {
                try await officers.addOfficer(id: "sun.li", name: "孙丽", districtCode: nil, by: "wang.li", reason: "")
            })
        lines.append(await outcome { try await officers.deactivateOfficer(id: "zhao.min", by: "sun.li", reason: "调岗") })
        lines.append(await outcome { try await officers.deactivateOfficer(id: "zhao.min", by: "sun.li", reason: "") })
        lines.append(await outcome { try await officers.deactivateOfficer(id: "nobody", by: "sun.li", reason: "") })
        lines.append(
            await outcome {
                try await officers.checkWriter("zhao.min")
                return true
            })
        lines.append(
            await outcome {
                try await officers.checkWriter("sun.li")
                return true
            })
        lines.append(
            await outcome {
                try await officers.checkWriter("system")
                return true
            })
        lines.append(
            await outcome {
                try await officers.checkWriter(nil)
                return true
            })
        lines.append(await outcome { try await officers.officers() })
        lines.append(await outcome { try await officers.officer(id: "zhao.min") })
        lines.append(await outcome { try await officers.officer(id: "nobody") })
        return lines
    }

    @Test("the same officer changes give the same outcomes and the same audit chain as SQLite")
    func sameOutcomesAndChainAsSQLite() async throws {
        let sqlite = try Fixtures.database()
        let postgres = try await PostgresTestServer.registry()
        defer { postgres.close() }
        let expected = await Self.officerScenario(sqlite.officers)
        let got = await Self.officerScenario(postgres.officers)
        #expect(got == expected)
        let sqliteChain = try sqlite.audit.auditEntries(from: 1, limit: 1_000)
        let postgresChain = try await postgres.audit.auditEntries(from: 1, limit: 1_000)
        #expect(postgresChain.count == sqliteChain.count)
        #expect(postgresChain == sqliteChain)
        #expect(sqliteChain.map(\.action).first == "reference.load")
        let verification = try await postgres.audit.verifyAuditLog(progress: nil)
        #expect(verification.isIntact)
        #expect(verification == (try sqlite.audit.verifyAuditLog()))
        #expect(try await postgres.audit.auditHeadSeq() == Int64(sqliteChain.count))
    }

    @Test("tokens: issued once, listed without secrets, authenticated, revoked, refused after")
    func tokens() async throws {
        let postgres = try await PostgresTestServer.registry()
        defer { postgres.close() }
        let officers = postgres.officers
        try await officers.addOfficer(id: "wang.li", name: "王力", districtCode: nil, by: nil, reason: "")
        try await officers.addOfficer(id: "zhao.min", name: "赵敏", districtCode: "320613", by: "wang.li", reason: "")
        try await officers.addOfficer(id: "qian.yi", name: "钱一", districtCode: "320612", by: "wang.li", reason: "")
        await #expect(throws: OfficerTokenError.invalidLifetime(0)) {
            try await officers.issueOfficerToken(officerID: "zhao.min", days: 0, by: "wang.li", reason: "")
        }
        await #expect(throws: OfficerTokenError.notPermitted(officer: "qian.yi", for: "zhao.min")) {
            try await officers.issueOfficerToken(officerID: "zhao.min", days: 30, by: "qian.yi", reason: "")
        }
        let (token, secret) = try await officers.issueOfficerToken(
            officerID: "zhao.min", days: 30, by: "wang.li", reason: "接口")
        #expect(token.officerID == "zhao.min" && token.issuedAt == "2026-03-01T08:00:00Z")
        #expect(token.expiresAt == "2026-03-31T08:00:00Z")
        #expect(try await officers.officerTokens(officerID: nil) == [token])
        #expect(try await officers.officerTokens(officerID: "qian.yi").isEmpty)
        let (who, used) = try await officers.authenticateOfficerToken(secret)
        #expect(who.id == "zhao.min" && used == token)
        await #expect(throws: OfficerTokenError.invalidToken) {
            try await officers.authenticateOfficerToken("pht_nope")
        }
        await #expect(throws: OfficerTokenError.invalidToken) { try await officers.authenticateOfficerToken("nope") }
        let revoked = try await officers.revokeOfficerToken(id: token.id, by: "zhao.min", reason: "")
        #expect(revoked.revokedBy == "zhao.min" && revoked.revokedAt == "2026-03-01T08:00:00Z")
        await #expect(throws: OfficerTokenError.alreadyRevoked(token.id)) {
            try await officers.revokeOfficerToken(id: token.id, by: "wang.li", reason: "")
        }
        await #expect(throws: OfficerTokenError.unknownToken("tok_0000000000000000")) {
            try await officers.revokeOfficerToken(id: "tok_0000000000000000", by: "wang.li", reason: "")
        }
        await #expect(throws: OfficerTokenError.invalidToken) { try await officers.authenticateOfficerToken(secret) }
        let actions = try await postgres.audit.auditEntries(matching: AuditQuery(entityType: "officer_token")).map(
            \.action)
        #expect(actions == ["officer_token.issue", "officer_token.revoke"])
        // The audit log records the token, never its text or hash.
        let entries = try await postgres.audit.auditEntries(from: 1, limit: 100)
        #expect(
            !entries.contains {
                ($0.afterJSON ?? "").contains(secret) || ($0.afterJSON ?? "").contains(OfficerToken.digest(secret))
            })
        #expect(try await postgres.audit.verifyAuditLog(progress: nil).isIntact)
    }

    @Test("a change through the service records its channel, covered by the chain")
    func channelIsRecordedAndHashed() async throws {
        var postgres = try await PostgresTestServer.registry()
        defer { postgres.close() }
        try await postgres.officers.addOfficer(id: "wang.li", name: "王力", districtCode: nil, by: nil, reason: "")
        let (token, _) = try await postgres.officers.issueOfficerToken(
            officerID: "wang.li", days: 30, by: "wang.li", reason: "")
        postgres.auditChannel = .api(tokenID: token.id)
        try await postgres.officers.addOfficer(
            id: "zhao.min", name: "赵敏", districtCode: "320613", by: "wang.li", reason: "接口")
        let last = try #require(try await postgres.audit.auditEntries(from: 1, limit: 100).last)
        #expect(last.channel == .api(tokenID: token.id))
        #expect(last.hashIsCorrect)
        // The filtered listing, like SQLite's, carries no channel.
        #expect(try await postgres.audit.auditEntries(matching: AuditQuery(entityID: "zhao.min")).last?.channel == nil)
        #expect(try await postgres.audit.verifyAuditLog(progress: nil).isIntact)
    }
}
