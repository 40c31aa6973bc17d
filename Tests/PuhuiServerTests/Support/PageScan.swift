import Foundation
import Hummingbird
import HummingbirdTesting

/// What a test reads in a resident page: its text without markup, the outlet ids it lists, the
/// fields and their labels, and whether each language keeps to itself.
struct PageScan {
    let html: String

    init(_ response: TestResponse) { html = String(buffer: response.body) }

    /// The visible words: tags, comments and `<script>`/`<style>` dropped, entities decoded, and
    /// — `droppingLang` — the elements marked as in the other language (the language switch).
    func text(droppingLang other: String? = nil) -> String {
        var text = html
        text = text.replacingOccurrences(
            of: #"<(script|style)[^>]*>[\s\S]*?</\1>"#, with: " ", options: .regularExpression)
        if let other {
            text = text.replacingOccurrences(
                of: #"<(a|span|p)[^>]*\blang="\#(other)"[^>]*>[\s\S]*?</\1>"#, with: " ", options: .regularExpression)
        }
        // Attribute values people hear or see too: labels for the map and the nav.
        let spoken = html.matches(of: /(?:aria-label|title|data-[a-z]+)="([^"]*)"/).map { String($0.1) }.joined(
            separator: " ")
        text = text.replacingOccurrences(of: #"<[^>]+>"#, with: " ", options: .regularExpression) + " " + spoken
        for (entity, character) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&amp;", "&")] {
            text = text.replacingOccurrences(of: entity, with: character)
        }
        return text
    }

    /// The outlet ids the page links to, in order, each once.
    var outletIDs: [String] {
        var seen = Set<String>()
        return html.matches(of: /href="\/outlets\/([^"?]+)/).map { String($0.1) }.filter { seen.insert($0).inserted }
    }

    /// Every form field's id (hidden ones aside) and whether a `<label for>` names it.
    var unlabelledFields: [String] {
        let fields = html.matches(of: /<(?:input|select|textarea)\b([^>]*)>/).compactMap { match -> String? in
            let attributes = String(match.1)
            guard !attributes.contains("type=\"hidden\"") else { return nil }
            return attributes.firstMatch(of: /\bid="([^"]+)"/).map { String($0.1) } ?? "(no id)"
        }
        return fields.filter { !html.contains("<label for=\"\($0)\"") }
    }

    static func isChinese(_ scalar: Unicode.Scalar) -> Bool {
        (0x2E80...0x9FFF).contains(scalar.value) || (0xFF00...0xFFEF).contains(scalar.value)
            || (0x3000...0x303F).contains(scalar.value)
    }

    /// English words (two letters or more) left in a Chinese page once `data` is taken out.
    func englishWords(data: [String]) -> [String] {
        var text = self.text(droppingLang: "en")
        for item in data.sorted(by: { $0.count > $1.count }) where !item.isEmpty {
            text = text.replacingOccurrences(of: item, with: " ")
        }
        for pattern in [#"N[TA-Z]*-[0-9A-Z-]+"#, #"WGS-84"#, #"\d+(\.\d+)?"#, #"PH1"#] {
            text = text.replacingOccurrences(of: pattern, with: " ", options: .regularExpression)
        }
        return text.split { !$0.isASCII || !$0.isLetter }.map(String.init).filter { $0.count >= 2 }
    }

    /// Chinese characters left in an English page once `data` is taken out.
    func chineseLeft(data: [String]) -> String {
        var text = self.text(droppingLang: "zh-CN")
        for item in data.sorted(by: { $0.count > $1.count }) where !item.isEmpty {
            text = text.replacingOccurrences(of: item, with: " ")
        }
        return String(String.UnicodeScalarView(text.unicodeScalars.filter(Self.isChinese)))
    }
}
