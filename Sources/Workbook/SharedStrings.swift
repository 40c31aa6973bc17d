import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The shared strings table (`xl/sharedStrings.xml`): every `<si>`'s text, its runs joined,
/// phonetic guides (`<rPh>`) left out, `_xHHHH_` escapes decoded (ECMA-376 Part 1, 18.4).
struct SharedStrings {
    private(set) var strings: [String] = []
    /// Entries longer than `WorkbookLimits.maximumCellBytes` (their text is cut there).
    private(set) var overLong: Set<Int> = []

    init() {}

    init(_ data: Data, part: String, file: String) throws {
        let parser = SharedStringsParser()
        try XMLPart.parse(data, part: part, file: file, delegate: parser)
        strings = parser.strings
        overLong = parser.overLong
    }

    subscript(index: Int) -> String? {
        index >= 0 && index < strings.count ? strings[index] : nil
    }
}

final class SharedStringsParser: PartDelegate {
    var strings: [String] = []
    var overLong: Set<Int> = []
    private var text = TextCollector()
    private var inItem = false

    override func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName qName: String?,
        attributes attributeDict: [String: String] = [:]
    ) {
        switch Self.localName(elementName) {
        case "si":
            inItem = true
            text = TextCollector()
        default:
            if inItem { text.start(Self.localName(elementName)) }
        }
    }

    override func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inItem { text.append(string) }
    }

    override func parser(
        _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?
    ) {
        let name = Self.localName(elementName)
        if name == "si" {
            if text.overLong { overLong.insert(strings.count) }
            strings.append(text.value)
            inItem = false
        } else if inItem {
            text.end(name)
        }
    }
}

/// The text of a string item (`<si>`, or a cell's `<is>`): the characters of its `<t>`
/// elements, not those inside `<rPh>`, bounded by `WorkbookLimits.maximumCellBytes`.
struct TextCollector {
    private var parts: [String] = []
    private var bytes = 0
    private var inText = false
    private var phoneticDepth = 0
    private(set) var overLong = false

    mutating func start(_ element: Substring) {
        if element == "rPh" { phoneticDepth += 1 }
        if element == "t" { inText = true }
    }

    mutating func end(_ element: Substring) {
        if element == "rPh" { phoneticDepth -= 1 }
        if element == "t" { inText = false }
    }

    mutating func append(_ string: String) {
        guard inText, phoneticDepth == 0, !overLong else { return }
        bytes += string.utf8.count
        if bytes > WorkbookLimits.maximumCellBytes {
            overLong = true
            return
        }
        parts.append(string)
    }

    var value: String { Self.unescape(parts.joined()) }

    /// `_x000D_` → U+000D (ECMA-376 Part 1, 22.9.2.19, ST_Xstring); `_x005F_` escapes an underscore.
    static func unescape(_ text: String) -> String {
        guard text.contains("_x") else { return text }
        var result = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count {
            if scalars[index] == "_", index + 6 < scalars.count, scalars[index + 1] == "x", scalars[index + 6] == "_",
                let value = UInt32(String(String.UnicodeScalarView(scalars[(index + 2)..<(index + 6)])), radix: 16),
                let scalar = Unicode.Scalar(value)
            {
                result.append(scalar)
                index += 7
            } else {
                result.append(scalars[index])
                index += 1
            }
        }
        return String(result)
    }
}
