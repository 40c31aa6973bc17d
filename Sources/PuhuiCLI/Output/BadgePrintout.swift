import PuhuiOutput
import PuhuiQR
import Registry

/// A badge for the wall (统一挂牌): its fields in Chinese and English and a QR code of its check
/// address (`BadgeCheckLink`), as a self-contained HTML page (print it), or the QR code alone
/// as SVG or PNG (for a sign maker).
struct BadgePrintout {
    let badge: Badge
    let token: String?
    let url: String
    let code: QRCode

    init(badge: Badge, token: String?, publicURL: String) throws {
        self.badge = badge
        self.token = token
        url = BadgeCheckLink.url(base: publicURL, number: badge.number, token: token)
        do { code = try QRCode(url, correction: .medium) } catch {
            throw CLIError.usage(
                "二维码装不下这个地址（\(url.utf8.count) 字节），请用更短的 --public-url",
                "the QR code cannot hold this address (\(url.utf8.count) bytes); give a shorter --public-url")
        }
    }

    var qrTitle: String { HTMLText.escape("统一标识 \(badge.number) 查验二维码 / Badge \(badge.number) check QR code") }

    func svg() -> String {
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + code.svg(pixels: 8 * (code.size + 2 * QRCode.quietZone), title: qrTitle) + "\n"
    }

    func png() -> [UInt8] { code.png(scale: 8) }

    /// The printable page: A5-ish, large type, the QR code 60 mm wide, no external resources.
    func html() -> String {
        let e = HTMLText.escape
        let rows: [(String, String)] = [
            ("编号 Badge No.", badge.number),
            ("网点 Outlet", "\(badge.outletName)（\(badge.outletID)）"),
            ("地址 Address", badge.outletAddress),
            ("运营方 Operator", badge.operatorName ?? "-"),
            ("等级 Level", "\(badge.level.nameZH) / \(badge.level.nameEN)"),
            ("有效期 Valid", "\(badge.validFrom) — \(badge.validTo)"),
        ]
        let table = rows.map { "<tr><th scope=\"row\">\(e($0.0))</th><td>\(e($0.1))</td></tr>" }.joined(separator: "\n")
        return """
            <!doctype html>
            <html lang="zh-CN">
            <head>
            <meta charset="utf-8">
            <title>\(e("统一标识 \(badge.number)"))</title>
            <style>
            body{font-family:system-ui,"Noto Sans CJK SC",sans-serif;font-size:18pt;line-height:1.5;color:#000;margin:15mm}
            h1{font-size:26pt;margin:0 0 6mm}
            th{text-align:left;padding:1mm 6mm 1mm 0;vertical-align:top;white-space:nowrap}
            .qr svg{width:60mm;height:60mm}
            .check{font-size:14pt}
            .url{font-family:monospace;font-size:9pt;overflow-wrap:anywhere}
            </style>
            </head>
            <body>
            <h1>南通市普惠养老托育服务 统一标识<br><span lang="en">Nantong inclusive care — unified badge</span></h1>
            <table>
            \(table)
            </table>
            <p class="qr">\(code.svg(pixels: 240, title: qrTitle))</p>
            <p class="check">扫码查验实时状态，或输入编号查验。<br><span lang="en">Scan to check its live status, or check the number.</span></p>
            <p class="url">\(e(url))</p>
            </body>
            </html>

            """
    }
}
