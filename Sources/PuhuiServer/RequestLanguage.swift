import Foundation
import Hummingbird
import Registry

/// The language a request asks for: the first of `Accept-Language`'s ranges (by q) that is
/// Chinese or English; English when it names neither.
package enum RequestLanguage {
    package static func of(_ request: Request) -> Language {
        guard let header = request.headers[.acceptLanguage] else { return .en }
        var best: (Language, Double)?
        for part in header.split(separator: ",").prefix(20) {
            let pieces = part.split(separator: ";")
            let tag = pieces.first?.trimmingCharacters(in: .whitespaces).lowercased() ?? ""
            var q = 1.0
            for parameter in pieces.dropFirst() {
                let trimmed = parameter.trimmingCharacters(in: .whitespaces)
                if trimmed.hasPrefix("q="), let value = Double(trimmed.dropFirst(2)) { q = value }
            }
            let language: Language? = tag.hasPrefix("zh") ? .zh : tag.hasPrefix("en") ? .en : nil
            guard let language, q > 0 else { continue }
            if best == nil || q > best!.1 { best = (language, q) }
        }
        return best?.0 ?? .en
    }
}
