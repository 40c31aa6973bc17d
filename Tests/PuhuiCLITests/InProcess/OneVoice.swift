import Foundation

/// Checks that a message the tool wrote speaks one language: its English has no Chinese
/// characters or full-width punctuation, and its Chinese no English words. What the user typed
/// (the arguments) is data shown as entered and is taken out first, and so are the command
/// line's own syntax — option names, and the few spellings a value is written in.
enum OneVoice {
    /// Spellings that are the command line's syntax, not English prose, in a Chinese message.
    static let syntax: Set<String> = [
        "puhui", "help", "YYYY", "MM", "DD", "LAT", "LON", "MiB", "http", "https", "city", "table", "json", "csv",
        "html",
        "svg", "png", "geojson", "outlets", "outlet", "hex", "elder", "childcare",
    ]

    /// The text without the arguments the user typed.
    static func withoutData(_ text: String, _ arguments: [String]) -> String {
        arguments.filter { !$0.isEmpty }.sorted { $0.count > $1.count }.reduce(text) {
            $0.replacingOccurrences(of: $1, with: " ")
        }
    }

    /// Chinese characters and full-width punctuation (CJK symbols, full-width forms).
    static func chineseCharacters(in text: String) -> [Character] {
        text.filter { character in
            character.unicodeScalars.contains { scalar in
                (0x3000...0x303F).contains(scalar.value) || (0x4E00...0x9FFF).contains(scalar.value)
                    || (0xFF00...0xFFEF).contains(scalar.value)
            }
        }.map { $0 }
    }

    /// English words (two or more Latin letters) that are not option names, value spellings
    /// (`elder_institution`) or syntax.
    static func englishWords(in text: String) -> [String] {
        var words: [String] = []
        // Tokens split at anything but letters, digits, `-`, `_` and `.`.
        let tokens = text.split { !($0.isASCII && ($0.isLetter || $0.isNumber || "-_.".contains($0))) }
        for token in tokens {
            if token.hasPrefix("-") || token.contains("_") { continue }
            for word in token.split(whereSeparator: { !$0.isLetter })
            where word.count >= 2 && !syntax.contains(String(word)) {
                words.append(String(word))
            }
        }
        return words
    }
}
