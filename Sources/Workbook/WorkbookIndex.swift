import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// What a workbook's index parts say: its sheets in order with their parts, where the shared
/// strings and styles are, and the date system (ECMA-376 Part 1, 18.2 and Part 2, 9).
struct WorkbookIndex {
    struct Sheet {
        var name: String
        var part: String
    }

    var sheets: [Sheet] = []
    var date1904 = false
    var sharedStringsPart: String?
    var stylesPart: String?

    init(_ archive: WorkbookArchive) throws {
        let file = archive.file
        // The package's relationships name the workbook part; xl/workbook.xml by convention.
        var workbookPart = "xl/workbook.xml"
        if let data = try archive.data("_rels/.rels", limit: WorkbookLimits.maximumSmallPartBytes) {
            let rels = RelationshipsParser()
            try XMLPart.parse(data, part: "_rels/.rels", file: file, delegate: rels)
            if let target = rels.relationships.first(where: { $0.type.hasSuffix("/officeDocument") })?.target {
                workbookPart = Self.resolve(target, from: "")
            }
        }
        guard let workbookData = try archive.data(workbookPart, limit: WorkbookLimits.maximumSmallPartBytes) else {
            throw WorkbookError.notAWorkbook(file: file, legacy: false)
        }
        let workbook = WorkbookParser()
        try XMLPart.parse(workbookData, part: workbookPart, file: file, delegate: workbook)
        date1904 = workbook.date1904

        let folder = (workbookPart as NSString).deletingLastPathComponent
        let relsPart = folder + "/_rels/" + (workbookPart as NSString).lastPathComponent + ".rels"
        let rels = RelationshipsParser()
        if let data = try archive.data(relsPart, limit: WorkbookLimits.maximumSmallPartBytes) {
            try XMLPart.parse(data, part: relsPart, file: file, delegate: rels)
        }
        var targets: [String: String] = [:]
        for relationship in rels.relationships {
            let path = Self.resolve(relationship.target, from: folder)
            targets[relationship.id] = path
            if relationship.type.hasSuffix("/sharedStrings") { sharedStringsPart = path }
            if relationship.type.hasSuffix("/styles") { stylesPart = path }
        }
        for (index, sheet) in workbook.sheets.enumerated() {
            // Without relationships, sheets are numbered parts (some writers rely on it).
            let part = sheet.relationshipID.flatMap { targets[$0] } ?? "\(folder)/worksheets/sheet\(index + 1).xml"
            sheets.append(Sheet(name: sheet.name, part: part))
        }
        if sharedStringsPart == nil, archive.contains(folder + "/sharedStrings.xml") {
            sharedStringsPart = folder + "/sharedStrings.xml"
        }
        if stylesPart == nil, archive.contains(folder + "/styles.xml") { stylesPart = folder + "/styles.xml" }
    }

    /// A relationship's target as a part path: absolute (`/xl/…`) or relative to `folder`.
    static func resolve(_ target: String, from folder: String) -> String {
        if target.hasPrefix("/") { return String(target.dropFirst()) }
        var components = folder.isEmpty ? [] : folder.split(separator: "/").map(String.init)
        for component in target.split(separator: "/") {
            switch component {
            case ".": continue
            case "..": if !components.isEmpty { components.removeLast() }
            default: components.append(String(component))
            }
        }
        return components.joined(separator: "/")
    }
}

/// `<Relationship Id="rId1" Type="…/worksheet" Target="worksheets/sheet1.xml"/>`.
final class RelationshipsParser: PartDelegate {
    struct Relationship {
        var id: String
        var type: String
        var target: String
    }

    var relationships: [Relationship] = []

    override func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName qName: String?,
        attributes attributeDict: [String: String] = [:]
    ) {
        guard Self.localName(elementName) == "Relationship", let id = attributeDict["Id"],
            let target = attributeDict["Target"]
        else {
            return
        }
        // External targets (hyperlinks) are not parts.
        if attributeDict["TargetMode"] == "External" { return }
        relationships.append(Relationship(id: id, type: attributeDict["Type"] ?? "", target: target))
    }
}

/// `<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets>` and `<workbookPr date1904="1"/>`.
final class WorkbookParser: PartDelegate {
    struct Sheet {
        var name: String
        var relationshipID: String?
    }

    var sheets: [Sheet] = []
    var date1904 = false

    override func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName qName: String?,
        attributes attributeDict: [String: String] = [:]
    ) {
        switch Self.localName(elementName) {
        case "sheet":
            guard let name = attributeDict["name"] else { return }
            sheets.append(Sheet(name: name, relationshipID: Self.attribute(attributeDict, "id", prefixed: true)))
        case "workbookPr":
            let value = attributeDict["date1904"]
            date1904 = value == "1" || value == "true"
        default: break
        }
    }
}
