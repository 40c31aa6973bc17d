import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// A workbook's cell styles as far as reading values needs them: the number format of each
/// cell format (`cellXfs`, indexed by a cell's `s`), from the built-in ids and the custom
/// `numFmts` (ECMA-376 Part 1, 18.8).
struct CellStyles {
    private(set) var formats: [NumberFormat] = []

    init() {}

    init(_ data: Data, part: String, file: String) throws {
        let parser = StylesParser()
        try XMLPart.parse(data, part: part, file: file, delegate: parser)
        formats = parser.cellFormatIDs.map { id in
            if let code = parser.customCodes[id] { return NumberFormat(code: code) }
            return NumberFormat(builtIn: id)
        }
    }

    /// The number format of style `index`; general for none or an unknown one.
    func format(_ index: Int?) -> NumberFormat {
        guard let index, index >= 0, index < formats.count else { return .general }
        return formats[index]
    }
}

final class StylesParser: PartDelegate {
    var customCodes: [Int: String] = [:]
    var cellFormatIDs: [Int] = []
    private var inCellXfs = false

    override func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName qName: String?,
        attributes attributeDict: [String: String] = [:]
    ) {
        switch Self.localName(elementName) {
        case "numFmt":
            if let id = attributeDict["numFmtId"].flatMap(Int.init), let code = attributeDict["formatCode"] {
                customCodes[id] = code
            }
        case "cellXfs": inCellXfs = true
        case "xf" where inCellXfs:
            cellFormatIDs.append(attributeDict["numFmtId"].flatMap(Int.init) ?? 0)
        default: break
        }
    }

    override func parser(
        _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?
    ) {
        if Self.localName(elementName) == "cellXfs" { inCellXfs = false }
    }
}
