import Crypto
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import PuhuiOutput
import PuhuiServer
import Registry
import Testing

/// `/badge/{number}`: the live status in words, icon and colour for every status, a number that
/// is no badge (mistyped with the suggestion, malformed, not found), and a printed QR code's
/// token checked with the badge public key.
@Suite("puhui serve: the badge check page")
struct BadgeCheckPageTests {
    static let valid = "NTC-2025-00031-L"

    /// A fresh signing key in a scratch folder.
    static func key() throws -> BadgeSigningKey {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("badge-key-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        return try BadgeSigningKey.create(at: folder.appendingPathComponent("k").path)
    }

    static func badge(_ fixture: ServiceFixture, _ number: String) throws -> Badge {
        guard
            case .found(let badge) = try fixture.registry.badges.lookUpBadge(
                number, asOf: LocalDate(iso: "2026-11-29")!)
        else {
            throw CocoaError(.fileNoSuchFile)
        }
        return badge
    }

    @Test func aValidBadgeSaysSoInWordsIconAndColour() async throws {
        let fixture = try ServiceFixture()
        try await fixture.application.test(.router) { client in
            let (status, page, _) = try await ResidentPagesTests.get(client, "/badge/\(Self.valid)")
            #expect(status == .ok)
            #expect(page.html.contains("<section class=\"status good\""))
            #expect(page.html.contains("<span class=\"icon\" aria-hidden=\"true\">✓</span> 有效</p>"))
            #expect(page.html.contains("此统一标识真实有效（截至 2026-11-29）"))
            #expect(page.html.contains("未带二维码签名"))
            let (_, en, _) = try await ResidentPagesTests.get(client, "/badge/\(Self.valid)?lang=en")
            #expect(en.html.contains("✓</span> Valid</p>") && en.html.contains("genuine and valid"))
            let data = ResidentPagesTests.strings(try await ResidentPagesTests.v1(client, "/v1/badges/\(Self.valid)"))
            #expect(page.englishWords(data: data + ["English"]).isEmpty, "\(page.englishWords(data: data))")
            #expect(en.chineseLeft(data: data + ["中文"]).isEmpty, "\(en.chineseLeft(data: data))")
        }
    }

    @Test func everyStatusHasItsWordsAndTone() async throws {
        let fixture = try ServiceFixture()
        let day = LocalDate(iso: "2026-11-29")!
        let valid = try Self.badge(fixture, Self.valid)
        // Suspend one outlet's recognition, revoke another's, re-issue a third's badge (voiding it).
        let others = try fixture.registry.directory.search(
            NearbyQuery(centre: GeoPoint(lat: 32.01, lon: 120.86), radius: 50_000, asOf: day.description, limit: 200)
        )
        .results.filter { $0.certification?.badgeNo != nil && $0.id != valid.outletID }
        #expect(others.count >= 3)
        _ = try fixture.registry.recognition.changeRecognition(
            outletID: others[0].id, .suspend, on: day, officer: "wang.li", reason: "测试")
        _ = try fixture.registry.recognition.changeRecognition(
            outletID: others[1].id, .revoke, on: day, officer: "wang.li", reason: "测试")
        _ = try fixture.registry.badges.reissueBadge(
            number: others[2].certification!.badgeNo!, on: day, officer: "wang.li", reason: "遗失")
        let cases: [(String, String, String, String)] = [
            (others[0].certification!.badgeNo!, "caution", "!", "已暂停"),
            (others[1].certification!.badgeNo!, "bad", "✕", "已撤销"),
            (others[2].certification!.badgeNo!, "bad", "✕", "已作废"),
            (Self.valid + "?as_of=\(valid.validTo.adding(months: 1))", "caution", "!", "已过期"),
        ]
        try await fixture.application.test(.router) { client in
            for (uri, tone, icon, word) in cases {
                let (status, page, _) = try await ResidentPagesTests.get(client, "/badge/" + uri)
                #expect(status == .ok, "\(uri)")
                #expect(page.html.contains("<section class=\"status \(tone)\""), "\(uri)")
                #expect(
                    page.html.contains("<span class=\"icon\" aria-hidden=\"true\">\(icon)</span> \(word)</p>"), "\(uri)"
                )
            }
            // The void badge names its replacement, linked.
            let (_, void, _) = try await ResidentPagesTests.get(client, "/badge/" + others[2].certification!.badgeNo!)
            #expect(void.html.contains("<dt>新标识</dt><dd><a href=\"/badge/"))
        }
    }

    @Test func aNumberThatIsNoBadgeSaysWhy() async throws {
        let fixture = try ServiceFixture()
        try await fixture.application.test(.router) { client in
            let (mistyped, page, _) = try await ResidentPagesTests.get(client, "/badge/NTC-2025-00031-I")
            #expect(mistyped == .unprocessableContent)
            #expect(page.html.contains("编号抄错了"))
            #expect(page.html.contains("<a href=\"/badge/NTC-2025-00031-L\">您是不是要查 NTC-2025-00031-L？</a>"))
            let (_, en, _) = try await ResidentPagesTests.get(client, "/badge/NTC-2025-00031-I?lang=en")
            #expect(en.html.contains("<a href=\"/badge/NTC-2025-00031-L?lang=en\">Did you mean NTC-2025-00031-L?</a>"))
            let (malformed, malformedPage, _) = try await ResidentPagesTests.get(client, "/badge/hello")
            #expect(malformed == .unprocessableContent && malformedPage.html.contains("不是统一标识编号"))
            let (notFound, notFoundPage, _) = try await ResidentPagesTests.get(
                client, "/badge/NTC-2025-99999-\(Self.checkCharacter("NTC-2025-99999"))")
            #expect(notFound == .notFound && notFoundPage.html.contains("查无此标识"), "\(notFoundPage.text())")
            let (badQuery, _, _) = try await ResidentPagesTests.get(client, "/badge/\(Self.valid)?x=1")
            #expect(badQuery == .badRequest)
        }
    }

    /// The check character that makes `stem` a well-formed number (found by trying each).
    static func checkCharacter(_ stem: String) -> String {
        let alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ*"
        return alphabet.map(String.init).first { BadgeNumber.validate("\(stem)-\($0)") == nil } ?? "0"
    }

    @Test func theFormGoesOnToTheNumbersPage() async throws {
        let fixture = try ServiceFixture()
        try await fixture.application.test(.router) { client in
            try await client.execute(uri: "/badge?number=%20\(Self.valid)%20&lang=en", method: .get) { response in
                #expect(response.status == .seeOther)
                #expect(response.headers[.location] == "/badge/\(Self.valid)?lang=en")
            }
            let (status, page, _) = try await ResidentPagesTests.get(client, "/badge")
            #expect(
                status == .ok && page.html.contains("<form class=\"badge-check\" action=\"/badge\" method=\"get\">"))
            #expect(page.unlabelledFields.isEmpty)
        }
    }

    @Test func aPrintedTokenIsVerified() async throws {
        let key = try Self.key()
        let fixture = try ServiceFixture(badgePublicKey: key.privateKey.publicKey)
        let valid = try Self.badge(fixture, Self.valid)
        let token = try BadgeToken.sign(valid.tokenPayload, with: key.privateKey)
        let other = try BadgeToken.sign(
            BadgeToken.Payload(
                number: "NTE-2024-00006-6", outletID: "NT-0006", level: valid.level, validFrom: valid.validFrom,
                validTo: valid.validTo),
            with: key.privateKey)
        let foreign = try BadgeToken.sign(valid.tokenPayload, with: Curve25519.Signing.PrivateKey())
        let parts = token.split(separator: ".")
        let altered =
            "\(parts[0]).\(BadgeTokenBase64.encode("PH1|\(Self.valid)|\(valid.outletID)|\(valid.level.rawValue)|\(valid.validFrom)|2099-12-31")).\(parts[2])"
        let outdated = try BadgeToken.sign(
            BadgeToken.Payload(
                number: Self.valid, outletID: valid.outletID, level: valid.level, validFrom: valid.validFrom,
                validTo: valid.validFrom),
            with: key.privateKey)
        let cases: [(String, String, String)] = [
            (token, "token good", "二维码真实"),
            (other, "token bad", "属于另一个统一标识（NTE-2024-00006-6）"),
            (foreign, "token bad", "二维码签名不符"),
            (altered, "token bad", "二维码签名不符"),
            ("PH1.nonsense", "token bad", "无法核对签名"),
            (outdated, "token plain", "与现在的记录不同"),
        ]
        try await fixture.application.test(.router) { client in
            for (given, tone, words) in cases {
                let uri = BadgeCheckLink.url(base: "", number: Self.valid, token: given)
                let (status, page, headers) = try await ResidentPagesTests.get(client, uri)
                #expect(status == .ok)
                #expect(page.html.contains("<section class=\"\(tone)\""), "\(words): \(page.text())")
                #expect(page.html.contains(words), "\(page.text())")
                #expect(headers[HTTPField.Name("Referrer-Policy")!] == "no-referrer")
            }
            let (_, plain, _) = try await ResidentPagesTests.get(client, "/badge/\(Self.valid)")
            #expect(plain.html.contains("未带二维码签名"))
        }
        // A service without the public key says it cannot check.
        let unkeyed = try ServiceFixture()
        try await unkeyed.application.test(.router) { client in
            let (_, page, _) = try await ResidentPagesTests.get(
                client, BadgeCheckLink.url(base: "", number: Self.valid, token: token))
            #expect(page.html.contains("本服务未配置标识公钥"))
        }
    }
}

/// base64url without padding, as `BadgeToken` writes its parts.
enum BadgeTokenBase64 {
    static func encode(_ text: String) -> String {
        Data(text.utf8).base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(
            of: "/", with: "_"
        )
        .replacingOccurrences(of: "=", with: "")
    }
}
