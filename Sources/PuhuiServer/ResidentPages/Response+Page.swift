import HTTPTypes
import Hummingbird
import Registry

extension Response {
    /// The content security policy of every page: our own style sheet, script and forms only;
    /// nothing from elsewhere, no inline script, no framing.
    static let pagePolicy =
        "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"

    /// A resident page: HTML in `lang`, with the policy, and no referrer (a badge page's
    /// address carries the printed token).
    static func page(_ html: String, status: HTTPResponse.Status, _ lang: Language) -> Response {
        var fields = HTTPFields()
        fields[.contentType] = "text/html; charset=utf-8"
        fields[.contentLanguage] = lang == .zh ? "zh-CN" : "en"
        fields[.contentSecurityPolicy] = pagePolicy
        fields[HTTPField.Name("X-Content-Type-Options")!] = "nosniff"
        fields[HTTPField.Name("Referrer-Policy")!] = "no-referrer"
        if status != .ok { fields[.cacheControl] = "no-store" }
        return Response(status: status, headers: fields, body: .init(byteBuffer: ByteBuffer(string: html)))
    }

    /// The pages' style sheet or script.
    static func asset(_ text: String, type: String) -> Response {
        var fields = HTTPFields()
        fields[.contentType] = type + "; charset=utf-8"
        fields[HTTPField.Name("X-Content-Type-Options")!] = "nosniff"
        return Response(status: .ok, headers: fields, body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    /// 303 See Other to `location` (a form sent by GET, on to its page).
    static func seeOther(_ location: String) -> Response {
        var fields = HTTPFields()
        fields[.location] = location
        return Response(status: .seeOther, headers: fields)
    }
}
