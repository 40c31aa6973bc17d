import Foundation

/// Text made safe for HTML: element content and quoted attribute values. The report (CLI) and
/// the resident pages (service) both write HTML through it.
package enum HTMLText {
    /// Escapes `& < > " '`, so data as entered (an outlet's name, a 街道) can never become markup.
    package static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }

    /// JSON placed inside `<script type="application/json">`: every `<` written as `\u003c`
    /// (the same JSON value), so no `</script>` or `<!--` in the data can end the block.
    package static func scriptJSON(_ json: String) -> String {
        json.replacingOccurrences(of: "<", with: "\\u003c")
    }

    /// A coordinate or length for SVG, with two decimals.
    package static func number(_ value: Double) -> String {
        let hundredths = (value * 100).rounded()
        guard hundredths.isFinite else { return "0" }
        let whole = Int(hundredths)
        let sign = whole < 0 ? "-" : ""
        let magnitude = abs(whole)
        let fraction = magnitude % 100
        return "\(sign)\(magnitude / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}
