import Foundation
import Testing

@testable import PuhuiQR

/// The QR code, its SVG and its PNG: checksums by their published check values, the PNG's
/// structure, and — with zbar's `zbarimg` (Debian zbar-tools; .ci/run installs it) — the PNG
/// read back by a real decoder to exactly the text encoded.
@Suite("QR codes: libqrencode, SVG, PNG")
struct QRCodeTests {
    static let url =
        "https://puhui.example.gov.cn/badge/NTC-2025-00031-L?t=PH1.UEgxfE5UQy0yMDI1LTAwMDMxLUx8TlQtMDAzMQ.abc_DEF-123"

    static var zbarimg: String? {
        ["/usr/bin/zbarimg", "/usr/local/bin/zbarimg"].first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    @Test func crc32AndAdler32HaveTheirCheckValues() {
        #expect(CRC32.checksum(Array("123456789".utf8)) == 0xCBF4_3926)
        #expect(CRC32.checksum([UInt8]()) == 0)
        #expect(Adler32.checksum(Array("Wikipedia".utf8)) == 0x11E6_0398)
        #expect(Adler32.checksum([UInt8]()) == 1)
    }

    @Test func aCodeIsSquareWithFinderPatterns() throws {
        let code = try QRCode(Self.url)
        #expect(code.size >= 21 && (code.size - 17) % 4 == 0)  // version v is 17 + 4v modules
        // The three finder patterns' dark corners, and the light separator beside them.
        for (x, y) in [(0, 0), (code.size - 1, 0), (0, code.size - 1)] { #expect(code.isDark(x: x, y: y)) }
        #expect(!code.isDark(x: 7, y: 0))
        #expect(!code.isDark(x: -1, y: 0) && !code.isDark(x: 0, y: code.size))
    }

    @Test func refusesWhatNoCodeHolds() {
        #expect(throws: QRCode.Failure.tooLong(bytes: 0)) { try QRCode("") }
        #expect(throws: QRCode.Failure.containsNUL) { try QRCode("a\u{0}b") }
        let long = String(repeating: "x", count: 4000)
        #expect(throws: QRCode.Failure.tooLong(bytes: 4000)) { try QRCode(long) }
    }

    @Test func pngHasItsSignatureChunksAndChecksums() throws {
        let png = try QRCode(Self.url).png(scale: 4)
        #expect(Array(png.prefix(8)) == PNGImage.signature)
        // IHDR right after the signature: 13 bytes, its CRC over type and data.
        #expect(Array(png[8..<16]) == [0, 0, 0, 13] + Array("IHDR".utf8))
        let crc = png[29..<33].reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
        #expect(crc == CRC32.checksum(png[12..<29]))
        #expect(Array(png.suffix(12)) == [0, 0, 0, 0] + Array("IEND".utf8) + [0xAE, 0x42, 0x60, 0x82])
    }

    @Test func storedDeflateSplitsLargeDataIntoBlocks() {
        let data = [UInt8](repeating: 7, count: 70_000)
        let stream = PNGImage.zlibStored(data)
        #expect(stream.count == 2 + 5 + 65_535 + 5 + (70_000 - 65_535) + 4)
        #expect(stream[2] == 0 && stream[2 + 5 + 65_535] == 1)  // BFINAL only on the last block
        #expect((Int(stream[0]) * 256 + Int(stream[1])) % 31 == 0)
    }

    @Test func svgDrawsEveryDarkModuleOnce() throws {
        let code = try QRCode("NTE-2024-00006-6")
        let svg = code.svg(pixels: 200, title: "badge")
        #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(svg.contains("<title id=\"qr-title\">badge</title>"))
        // Each run is `M x y h n v1 h-n z`: the runs' lengths add up to the dark modules.
        let runs = svg.matches(of: /h(\d+)v1/).map { Int($0.1)! }
        var dark = 0
        for y in 0..<code.size { for x in 0..<code.size where code.isDark(x: x, y: y) { dark += 1 } }
        #expect(runs.reduce(0, +) == dark)
    }

    @Test(.enabled(if: QRCodeTests.zbarimg != nil, "needs zbarimg (Debian zbar-tools; .ci/run installs it)"))
    func zbarReadsThePNGBackToTheText() throws {
        for (text, scale) in [(Self.url, 4), ("NTC-2025-00031-L", 8), ("普惠 https://例子.中国/?a=1&b=2", 3)] {
            let file = FileManager.default.temporaryDirectory.appendingPathComponent("qr-\(UUID().uuidString).png")
            defer { try? FileManager.default.removeItem(at: file) }
            try Data(try QRCode(text).png(scale: scale)).write(to: file)
            #expect(try Self.decode(file) == text)
        }
    }

    /// What zbarimg reads in an image file (raw, one symbol), trailing newline dropped.
    static func decode(_ file: URL) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: zbarimg ?? "/usr/bin/zbarimg")
        process.arguments = ["--raw", "-q", "-Sdisable", "-Sqrcode.enable", file.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        var text = String(decoding: data, as: UTF8.self)
        if text.hasSuffix("\n") { text.removeLast() }
        return text
    }
}
