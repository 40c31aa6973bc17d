import Hummingbird
import Registry

/// A page's language: `?lang=en` for English, Chinese otherwise — the default for the city's
/// residents, whatever the browser's `Accept-Language`, so every link says which it is.
enum PageLanguage {
    static let names: Set<String> = ["lang"]

    static func of(_ request: Request) -> Language {
        let given = request.uri.queryParameters.first { $0.key == "lang" }?.value
        return given.map { String($0).lowercased().hasPrefix("en") } == true ? .en : .zh
    }

    /// The query items other than `lang`, for the language switch.
    static func items(_ request: Request) -> [(String, String)] {
        request.uri.queryParameters.filter { $0.key != "lang" }.map { (String($0.key), String($0.value)) }.prefix(
            QueryReader.maxItems
        )
        .map { $0 }
    }
}
