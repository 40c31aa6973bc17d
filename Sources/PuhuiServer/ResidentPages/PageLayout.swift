import Foundation
import Hummingbird
import Registry

/// The document every resident page shares: `lang`, a skip link, the header with the site's
/// name and the language switch (a link to the same address in the other language), the main
/// landmark, the footer; the style sheet and the little script from our own routes only.
struct PageLayout {
    let text: PageText
    /// The request's path and query, for the language switch.
    let path: String
    let query: [(String, String)]
    /// Whether the registry holds the synthetic sample (said on every page, so nobody takes it
    /// for real data).
    let synthetic: Bool

    /// `lang` in a link: nothing for Chinese (the default), `lang=en` for English.
    static func languageItem(_ lang: Language) -> [(String, String)] { lang == .en ? [("lang", "en")] : [] }

    /// A link to `path` with `items` and the page's language.
    static func link(_ path: String, _ items: [(String, String)] = [], _ lang: Language) -> String {
        let all = items.filter { $0.0 != "lang" } + languageItem(lang)
        guard !all.isEmpty else { return path }
        return path + "?" + all.map { "\(escapeQuery($0.0))=\(escapeQuery($0.1))" }.joined(separator: "&")
    }

    /// Percent-encodes a query name or value (RFC 3986's unreserved characters kept).
    static func escapeQuery(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics.intersection(CharacterSet(charactersIn: "\u{0}"..."\u{7F}"))
        allowed.insert(charactersIn: "-._~,")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
    }

    /// The same page in the other language.
    var otherLanguageLink: String {
        let other: Language = text.lang == .zh ? .en : .zh
        return Self.link(path, query, other)
    }

    func render(title: String, main: HTML, script: Bool = false) -> String {
        let notice: HTML = synthetic ? "<p class=\"notice\">\(text.sampleNotice)</p>" : .empty
        let scriptTag: HTML = script ? "<script src=\"/assets/locate.js\" defer></script>" : .empty
        let page: HTML = """
            <!doctype html>
            <html lang="\(text.htmlLang)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(text.title(title))</title>
            <link rel="stylesheet" href="/assets/puhui.css">
            </head>
            <body>
            <a class="skip" href="#main">\(text.skipToContent)</a>
            <header class="site">
            <p class="site-name"><a href="\(Self.link("/", [], text.lang))">\(text.siteName)</a></p>
            <nav aria-label="\(text.languageNav)"><a class="lang-switch" href="\(otherLanguageLink)" lang="\(text.otherLanguageTag)" hreflang="\(text.otherLanguageTag)">\(text.otherLanguageName)</a></nav>
            </header>
            <main id="main" tabindex="-1">
            \(notice)\(main)
            </main>
            <footer class="site">
            <p><a href="\(Self.link("/", [], text.lang))">\(text.home)</a> · <a href="\(Self.link("/badge", [], text.lang))">\(text.checkBadgeNav)</a></p>
            <p>\(text.footer)</p>
            </footer>
            \(scriptTag)
            </body>
            </html>

            """
        return page.description
    }
}
