import PuhuiOutput
import Registry

/// `/badge/{number}`: the badge's live status in large words, an icon and a colour (never the
/// colour alone), what it stands for, and — from a printed QR code — whether its signature is
/// this registry's; a number that is no badge says why (mistyped: with the suggestion).
struct BadgePage {
    let text: PageText
    let given: String
    let lookup: BadgeLookup
    let token: BadgeTokenCheck

    /// How a state looks: the box's class (colour and border) and its icon.
    enum Tone: String {
        case good, caution, bad

        var icon: String {
            switch self {
            case .good: "✓"
            case .caution: "!"
            case .bad: "✕"
            }
        }
    }

    static func tone(_ status: BadgeStatus) -> Tone {
        switch status {
        case .valid: .good
        case .suspended, .expired, .notYetValid: .caution
        case .revoked, .void: .bad
        }
    }

    func statusBox(_ tone: Tone, word: String, sentence: String, extra: HTML = .empty) -> HTML {
        """
        <section class="status \(tone.rawValue)" aria-labelledby="status-word">
        <p class="status-word" id="status-word"><span class="icon" aria-hidden="true">\(tone.icon)</span> \(word)</p>
        <p class="status-sentence">\(sentence)</p>\(extra)
        </section>

        """
    }

    func render() -> HTML {
        var main: HTML =
            "<h1>\(text.badgeTitle)</h1>\n<p class=\"lead\">\(text.badgeNumberLabel)\(text.lang == .zh ? "：" : ": ")<strong class=\"number\">\(given)</strong></p>\n"
        switch lookup {
        case .found(let badge):
            let tone = Self.tone(badge.status)
            main += statusBox(
                tone, word: text.statusWord(badge.status), sentence: text.statusSentence(badge.status, asOf: badge.asOf)
            )
            main += tokenBox()
            main += details(badge)
        case .mistyped(_, _, let suggestion):
            let extra: HTML =
                suggestion.map { number in
                    "<p class=\"suggestion\"><a href=\"\(PageLayout.link("/badge/" + PageLayout.escapeQuery(number), [], text.lang))\">\(text.didYouMean(number))</a></p>"
                } ?? .empty
            main += statusBox(.caution, word: text.mistypedWord, sentence: refusalMessage, extra: extra)
        case .malformed:
            main += statusBox(.caution, word: text.malformedWord, sentence: refusalMessage)
        case .notFound:
            main += statusBox(.bad, word: text.notFoundWord, sentence: refusalMessage)
        }
        main += "<h2>\(text.checkAnother)</h2>\n" + Self.form(text)
        return main
    }

    /// The words `/v1/badges/{number}` and `puhui badge verify` give for a number that is no badge.
    var refusalMessage: String {
        BadgeJSON.refusal(given, lookup)?.message.text(text.lang) ?? ""
    }

    func tokenBox() -> HTML {
        let tone: Tone = token == .genuine ? .good : token.warns ? .bad : .caution
        let icon: HTML =
            token == .missing || token == .unchecked
            ? .empty : "<span class=\"icon\" aria-hidden=\"true\">\(tone.icon)</span> "
        return """
            <section class="token \(token.warns ? "bad" : token == .genuine ? "good" : "plain")" aria-labelledby="token-heading">
            <h2 id="token-heading">\(text.tokenHeading)</h2>
            <p>\(icon)\(token.sentence(text))</p>
            </section>

            """
    }

    func details(_ badge: Badge) -> HTML {
        let lang = text.lang
        func row(_ term: String, _ value: HTML) -> HTML { "<dt>\(term)</dt><dd>\(value)</dd>\n" }
        func row(_ term: String, _ value: String?) -> HTML {
            guard let value, !value.isEmpty else { return .empty }
            return row(term, "\(value)" as HTML)
        }
        var rows: HTML = .empty
        rows += row(
            text.outlet,
            "<a href=\"\(PageLayout.link("/outlets/" + PageLayout.escapeQuery(badge.outletID), [], lang))\">\(badge.outletName)</a>"
                as HTML)
        rows += row(text.address, badge.outletAddress)
        rows += row(text.operatorName, badge.operatorName)
        rows += row(text.uscc, badge.operatorUSCC)
        rows += row(text.level, badge.level.name(lang))
        rows += row(text.validity, "\(badge.validFrom) — \(badge.validTo)")
        rows += row(text.recognitionStatus, badge.recognitionStatus.name(lang))
        rows += row(text.issuedOn, badge.issuedOn?.description)
        rows += row(
            text.voidedOn, badge.voidedOn.map { day in badge.voidReason.map { "\(day) · \($0)" } ?? day.description })
        if let replacement = badge.replacedBy {
            rows += row(
                text.replacedBy,
                "<a href=\"\(PageLayout.link("/badge/" + PageLayout.escapeQuery(replacement), [], lang))\">\(replacement)</a>"
                    as HTML)
        }
        if let run = badge.lastVerificationRun {
            rows += row(
                text.lastVerification, text.verificationRun(run, on: badge.lastVerificationOn?.description ?? "—"))
        }
        return "<dl class=\"record\">\(rows)</dl>\n"
    }

    /// The form that checks a typed number: `GET /badge?number=…` (redirected to `/badge/{number}`).
    static func form(_ text: PageText) -> HTML {
        let language: HTML = text.lang == .en ? "<input type=\"hidden\" name=\"lang\" value=\"en\">" : .empty
        return """
            <form class="badge-check" action="/badge" method="get">
            \(language)<div class="field"><label for="number">\(text.badgeNumberLabel)</label>
            <input id="number" name="number" type="text" autocapitalize="characters" autocomplete="off" spellcheck="false" aria-describedby="number-hint">
            <p class="hint" id="number-hint">\(text.badgeNumberHint)</p></div>
            <button type="submit" class="primary">\(text.checkButton)</button>
            </form>

            """
    }
}
