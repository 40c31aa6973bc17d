import Foundation
import Testing

/// `puhui badge print --format html|svg|png`: the QR code on a printed badge encodes exactly
/// `{public-url}/badge/{number}?t={token}` — read back from the PNG by zbar's `zbarimg` (Debian
/// zbar-tools; .ci/run installs it; without it that test is skipped by name).
@Suite("puhui badge print: the QR code")
struct BadgeQREndToEndTests {
    static let badge = "NTC-2025-00031-L"
    static let db = ["--db", "r.sqlite"]

    static var zbarimg: String? {
        ["/usr/bin/zbarimg", "/usr/local/bin/zbarimg"].first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    static func decode(_ path: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: zbarimg ?? "/usr/bin/zbarimg")
        process.arguments = ["--raw", "-q", "-Sdisable", "-Sqrcode.enable", path]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .newlines)
    }

    /// A sample registry with an officer and the badge-signing key (in the scratch HOME).
    static func keyed() throws -> PuhuiProcess {
        let puhui = try PuhuiProcess()
        #expect(try puhui.run(["init", "--sample"] + db).status == 0)
        #expect(try puhui.run(["officer", "add", "wang.li", "--name", "王力", "--district", "city"] + db).status == 0)
        #expect(try puhui.run(["badge", "key", "init", "--officer", "wang.li"] + db).status == 0)
        return puhui
    }

    static func token(_ puhui: PuhuiProcess) throws -> String {
        let printed = try puhui.run(["badge", "print", badge, "--format", "json"] + db)
        #expect(printed.status == 0, "\(printed.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(printed.stdout.utf8)) as? [String: Any])
        return try #require(object["token"] as? String)
    }

    @Test(.enabled(if: zbarimg != nil, "needs zbarimg (Debian zbar-tools; .ci/run installs it)"))
    func thePNGsCodeReadsExactlyTheCheckAddressWithTheToken() throws {
        let puhui = try Self.keyed()
        defer { puhui.cleanUp() }
        let token = try Self.token(puhui)
        let printed = try puhui.run(
            [
                "badge", "print", Self.badge, "--format", "png", "--output", "qr.png", "--public-url",
                "https://puhui.example.gov.cn/",
            ] + Self.db)
        #expect(printed.status == 0, "\(printed.stderr)")
        #expect(try Self.decode(puhui.path("qr.png")) == "https://puhui.example.gov.cn/badge/\(Self.badge)?t=\(token)")
        // Without --public-url the code points at the service's default address, and says so.
        let local = try puhui.run(["badge", "print", Self.badge, "--format", "png", "--output", "local.png"] + Self.db)
        #expect(local.stderr.contains("http://127.0.0.1:8080"))
        #expect(try Self.decode(puhui.path("local.png")) == "http://127.0.0.1:8080/badge/\(Self.badge)?t=\(token)")
    }

    @Test(.enabled(if: zbarimg != nil, "needs zbarimg (Debian zbar-tools; .ci/run installs it)"))
    func withoutAKeyTheCodeIsTheCheckPageAlone() throws {
        let puhui = try PuhuiProcess()
        defer { puhui.cleanUp() }
        #expect(try puhui.run(["init", "--sample"] + Self.db).status == 0)
        let printed = try puhui.run(
            [
                "badge", "print", Self.badge, "--format", "png", "--output", "qr.png", "--public-url",
                "https://puhui.example.gov.cn",
            ] + Self.db)
        #expect(printed.status == 0, "\(printed.stderr)")
        #expect(try Self.decode(puhui.path("qr.png")) == "https://puhui.example.gov.cn/badge/\(Self.badge)")
    }

    @Test func svgAndHTMLCarryTheCodeAndTheAddress() throws {
        let puhui = try Self.keyed()
        defer { puhui.cleanUp() }
        let token = try Self.token(puhui)
        let url = "https://puhui.example.gov.cn/badge/\(Self.badge)?t=\(token)"
        let svg = try puhui.run(
            ["badge", "print", Self.badge, "--format", "svg", "--public-url", "https://puhui.example.gov.cn"] + Self.db)
        #expect(svg.status == 0, "\(svg.stderr)")
        #expect(
            svg.stdout.hasPrefix(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(
            svg.stdout.contains(
                "<title id=\"qr-title\">统一标识 \(Self.badge) 查验二维码 / Badge \(Self.badge) check QR code</title>"))
        let html = try puhui.run(
            [
                "badge", "print", Self.badge, "--format", "html", "--output", "badge.html", "--public-url",
                "https://puhui.example.gov.cn",
            ] + Self.db)
        #expect(html.status == 0, "\(html.stderr)")
        let page = try puhui.read("badge.html")
        #expect(page.contains("<html lang=\"zh-CN\">") && page.contains("<svg xmlns"))
        #expect(page.contains("<p class=\"url\">\(url)</p>"))
        #expect(!page.contains("src=\"http") && !page.contains("href=\"http"))
    }

    @Test func refusals() throws {
        let puhui = try PuhuiProcess()
        defer { puhui.cleanUp() }
        #expect(try puhui.run(["init", "--sample"] + Self.db).status == 0)
        let noOutput = try puhui.run(["badge", "print", Self.badge, "--format", "png"] + Self.db)
        #expect(noOutput.status == 64 && noOutput.stderr.contains("--format png needs --output FILE"))
        let badURL = try puhui.run(
            ["badge", "print", Self.badge, "--format", "svg", "--public-url", "ftp://x"] + Self.db)
        #expect(badURL.status == 64)
        let urlWithoutImage = try puhui.run(
            ["badge", "print", Self.badge, "--public-url", "https://x.example"] + Self.db)
        #expect(urlWithoutImage.status == 64)
        try FileManager.default.createDirectory(atPath: puhui.path("folder"), withIntermediateDirectories: true)
        let folder = try puhui.run(["badge", "print", Self.badge, "--format", "png", "--output", "folder"] + Self.db)
        #expect(folder.status == 66, "\(folder.stderr)")
        let notABadge = try puhui.run(
            ["badge", "print", "NTC-2025-00031-I", "--format", "png", "--output", "x.png"] + Self.db)
        #expect(notABadge.status == 64)
        #expect(!FileManager.default.fileExists(atPath: puhui.path("x.png")))
    }
}
