import Crypto
import Foundation
import GRDB
import Testing

@testable import Registry

/// Badges: live lookup, mistyped numbers, re-issue voiding the old number, signed tokens.
@Suite("Badges")
struct BadgeTests {
    typealias F = RecognitionFixtures

    @Test func importedBadgesAreLookedUpLive() throws {
        let db = try F.database()
        guard case .found(let badge) = try db.badges.lookUpBadge(Fixtures.badgeElder, asOf: F.day("2026-03-01")) else {
            Issue.record("the fixture's badge is not found")
            return
        }
        #expect(badge.status == .valid)
        #expect(badge.outletID == "NT-0001")
        #expect(badge.operatorUSCC == Fixtures.usccA)
        #expect(badge.level == .provincial)
        #expect(badge.validTo == F.day("2027-02-28"))
        #expect(badge.lastVerificationRun == nil)
        guard case .found(let early) = try db.badges.lookUpBadge(Fixtures.badgeElder, asOf: F.day("2024-02-01")) else {
            return
        }
        #expect(early.status == .notYetValid)
    }

    @Test func aWrongCheckCharacterIsAMistypeWithASuggestion() throws {
        let db = try F.database()
        let good = Fixtures.badgeElder
        let check = try #require(good.last)
        let other = try #require(BadgeNumber.alphabet.first { $0 != check })
        let mistyped = String(good.dropLast()) + String(other)
        #expect(
            try db.badges.lookUpBadge(mistyped, asOf: F.day("2026-03-01"))
                == .mistyped(expected: check, found: other, suggestion: good))
        // One digit of the serial wrong: the check character no longer fits, and the one
        // badge a single change reaches is suggested.
        var characters = Array(good)
        characters[13] = characters[13] == "9" ? "8" : "9"
        let digitTypo = String(characters)
        guard case .mistyped(_, _, let suggestion) = try db.badges.lookUpBadge(digitTypo, asOf: F.day("2026-03-01"))
        else {
            Issue.record("a digit typo is not reported as mistyped")
            return
        }
        #expect(suggestion == good)
        let unknown = try #require(BadgeNumber.make(family: .elder, year: 2026, serial: 777))
        #expect(try db.badges.lookUpBadge(unknown, asOf: F.day("2026-03-01")) == .notFound)
        #expect(try db.badges.lookUpBadge("NTX-2026-1", asOf: F.day("2026-03-01")) == .malformed)
        #expect(try db.badges.lookUpBadge(good.lowercased(), asOf: F.day("2026-03-01")) != .notFound)
    }

    @Test func reissueVoidsTheOldNumber() throws {
        let db = try F.database()
        let old = Fixtures.badgeElder
        #expect(throws: RecognitionError.missingText(field: "--reason")) {
            try db.badges.reissueBadge(number: old, on: F.day("2026-02-20"), officer: "wang.li", reason: "")
        }
        let result = try db.badges.reissueBadge(
            number: old, on: F.day("2026-02-20"), officer: "wang.li", reason: "标识牌遗失")
        let new = try #require(result.certification.badgeNo)
        #expect(new == BadgeNumber.make(family: .elder, year: 2026, serial: 1))
        #expect(result.voidedBadge == old)
        guard case .found(let voided) = try db.badges.lookUpBadge(old, asOf: F.day("2026-02-20")),
            case .found(let current) = try db.badges.lookUpBadge(new, asOf: F.day("2026-02-20"))
        else {
            Issue.record("badges not found")
            return
        }
        #expect(voided.status == .void)
        #expect(voided.replacedBy == new)
        #expect(voided.voidReason == "标识牌遗失")
        #expect(current.status == .valid)
        #expect(current.validTo == voided.validTo)
        let before = try F.snapshot(db)
        #expect(throws: RecognitionError.badgeNotFound(old)) {
            try db.badges.reissueBadge(number: old, on: F.day("2026-02-21"), officer: "wang.li", reason: "再次")
        }
        #expect(try F.snapshot(db) == before)
    }

    @Test func tokensVerifyOnlyUnalteredAndWithTheRightKey() throws {
        let key = Curve25519.Signing.PrivateKey()
        let payload = BadgeToken.Payload(
            number: Fixtures.badgeElder, outletID: "NT-0001", level: .provincial, validFrom: F.day("2024-03-01"),
            validTo: F.day("2027-02-28"))
        let token = try BadgeToken.sign(payload, with: key)
        #expect(token.hasPrefix("PH1."))
        #expect(try BadgeToken.verify(token, with: key.publicKey) == payload)
        // Tampered: the payload's validity extended by a year.
        let parts = token.split(separator: ".").map(String.init)
        let forged = payload.canonical.replacingOccurrences(of: "2027-02-28", with: "2028-02-28")
        let tampered = "PH1.\(BadgeToken.base64URL(Data(forged.utf8))).\(parts[2])"
        #expect(throws: BadgeToken.Problem.badSignature) { try BadgeToken.verify(tampered, with: key.publicKey) }
        // Another registry's key.
        #expect(throws: BadgeToken.Problem.badSignature) {
            try BadgeToken.verify(token, with: Curve25519.Signing.PrivateKey().publicKey)
        }
        for malformed in [
            "", "PH1", "PH2.\(parts[1]).\(parts[2])", "PH1.\(parts[1])", "PH1.!!.\(parts[2])", "PH1.\(parts[1]).AAAA",
            "PH1.\(BadgeToken.base64URL(Data("PH1|x|y".utf8))).\(parts[2])",
        ] {
            #expect(throws: BadgeToken.Problem.self) { try BadgeToken.verify(malformed, with: key.publicKey) }
            #expect((try? BadgeToken.verify(malformed, with: key.publicKey)) == nil)
        }
    }

    @Test func signingKeyFilesAndTheRegistryFingerprint() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("puhui-key-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("puhui/badge-signing.key").path
        let key = try BadgeSigningKey.create(at: path)
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        #expect(throws: BadgeKeyError.keyExists(path: path)) { try BadgeSigningKey.create(at: path) }
        let loaded = try BadgeSigningKey.load(from: path)
        #expect(loaded.fingerprint == key.fingerprint)
        let publicPath = directory.appendingPathComponent("badge.pub").path
        try key.publicKeyText.write(toFile: publicPath, atomically: true, encoding: .utf8)
        #expect(
            try BadgeSigningKey.loadPublicKey(from: publicPath).rawRepresentation
                == key.privateKey.publicKey.rawRepresentation)
        #expect(throws: BadgeKeyError.malformed(path: path, expected: "public")) {
            try BadgeSigningKey.loadPublicKey(from: path)
        }
        let db = try F.database()
        try db.badges.recordBadgeKey(fingerprint: key.fingerprint, officer: "wang.li", reason: "")
        try db.badges.checkBadgeKey(loaded, path: path)
        let other = try BadgeSigningKey.create(at: directory.appendingPathComponent("other.key").path)
        #expect(throws: BadgeKeyError.self) { try db.badges.checkBadgeKey(other, path: "other.key") }
        #expect(throws: BadgeKeyError.self) {
            try db.badges.recordBadgeKey(fingerprint: other.fingerprint, officer: "wang.li", reason: "")
        }
    }

    @Test(arguments: [(CareFamily.elder, 2026, 1), (.childcare, 2025, 99999), (.elder, 2024, 12)])
    func badgeNumbersCarryTheirCheckCharacter(family: CareFamily, year: Int, serial: Int) throws {
        let number = try #require(BadgeNumber.make(family: family, year: year, serial: serial))
        #expect(BadgeNumber.validate(number) == nil)
        for candidate in SQLiteBadgeStore.singleChangeCandidates(number) {
            #expect(candidate != number)
            #expect(BadgeNumber.validate(candidate) == nil)
        }
    }
}
