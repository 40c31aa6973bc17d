import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Parsing one XML part of a workbook with Foundation's streaming `XMLParser` (SAX: elements
/// are seen one at a time, nothing is kept but what the delegate keeps). A part that declares
/// a DTD is refused before parsing: no workbook needs one, and entity declarations are how an
/// XML bomb grows.
enum XMLPart {
    /// Parses `data` (a small part) with `delegate`.
    static func parse(_ data: Data, part: String, file: String, delegate: some PartDelegate) throws {
        try refuseDTD(prolog: data.prefix(65_536), part: part, file: file)
        // Streamed in chunks even from memory: libxml2 refuses a single chunk of more than
        // 10,000,000 bytes, and LibreOffice writes a large shared strings part as one line.
        let parser = XMLParser(stream: InputStream(data: data))
        try run(parser, part: part, file: file, delegate: delegate)
    }

    /// Parses the part written at `url` (a sheet), streamed from the file.
    static func parse(fileAt url: URL, part: String, file: String, delegate: some PartDelegate) throws {
        var prolog = Data()
        if let handle = try? FileHandle(forReadingFrom: url) {
            prolog = (try? handle.read(upToCount: 65_536)) ?? Data()
            try? handle.close()
        }
        try refuseDTD(prolog: prolog, part: part, file: file)
        guard let stream = InputStream(url: url) else {
            throw WorkbookError.damaged(file: file, part: part)
        }
        let parser = XMLParser(stream: stream)
        try run(parser, part: part, file: file, delegate: delegate)
    }

    private static func run(_ parser: XMLParser, part: String, file: String, delegate: some PartDelegate) throws {
        parser.shouldProcessNamespaces = false
        parser.shouldResolveExternalEntities = false
        parser.delegate = delegate
        let finished = parser.parse()
        // The delegate's own error (a limit, a refusal from the row consumer) comes first.
        if let error = delegate.failure { throw error }
        if !finished {
            let code = parser.parserError.map { ($0 as NSError).code } ?? 0
            throw WorkbookError.malformedPart(file: file, part: part, line: parser.lineNumber, parserCode: code)
        }
    }

    /// Refuses `<!DOCTYPE` (and any other `<!` but a comment) before the root element.
    private static func refuseDTD(prolog: Data, part: String, file: String) throws(WorkbookError) {
        let bytes = [UInt8](prolog)
        var index = 0
        while index < bytes.count {
            if bytes[index] != UInt8(ascii: "<") {
                index += 1
                continue
            }
            let next = index + 1 < bytes.count ? bytes[index + 1] : 0
            if next == UInt8(ascii: "?") {
                index += 2
                while index + 1 < bytes.count,
                    !(bytes[index] == UInt8(ascii: "?") && bytes[index + 1] == UInt8(ascii: ">"))
                {
                    index += 1
                }
                index += 2
            } else if next == UInt8(ascii: "!") {
                let isComment =
                    index + 3 < bytes.count && bytes[index + 2] == UInt8(ascii: "-")
                    && bytes[index + 3] == UInt8(ascii: "-")
                guard isComment else {
                    throw .unexpectedMarkup(file: file, part: part, line: 1, markup: "<!DOCTYPE>")
                }
                index += 4
                while index + 2 < bytes.count,
                    !(bytes[index] == UInt8(ascii: "-") && bytes[index + 1] == UInt8(ascii: "-")
                        && bytes[index + 2] == UInt8(ascii: ">"))
                {
                    index += 1
                }
                index += 3
            } else {
                return  // the root element: no DTD can follow
            }
        }
    }
}

/// An `XMLParserDelegate` that may fail: it records its error and aborts the parser.
///
/// The delegate methods are declared here and overridden by each part's parser: on Linux
/// `XMLParserDelegate`'s defaults are protocol extensions, so a method only a subclass declares
/// would never be called.
class PartDelegate: NSObject, XMLParserDelegate {
    var failure: (any Error)?

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName qName: String?,
        attributes attributeDict: [String: String] = [:]
    ) {}

    func parser(_ parser: XMLParser, foundCharacters string: String) {}

    func parser(
        _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?
    ) {}

    func fail(_ parser: XMLParser, _ error: any Error) {
        if failure == nil { failure = error }
        parser.abortParsing()
    }

    /// `x:sheet` → `sheet`.
    static func localName(_ name: String) -> Substring {
        guard let colon = name.lastIndex(of: ":") else { return name[...] }
        return name[name.index(after: colon)...]
    }

    /// An attribute by local name (`r:id` is found as `id` with `prefixed`).
    static func attribute(_ attributes: [String: String], _ name: String, prefixed: Bool = false) -> String? {
        if !prefixed, let value = attributes[name] { return value }
        for (key, value) in attributes where key.contains(":") && localName(key) == name { return value }
        return nil
    }
}
