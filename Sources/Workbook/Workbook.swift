import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// An Office Open XML workbook (`.xlsx`, as Excel, WPS and LibreOffice write it) opened for
/// reading: its sheets' names, and each sheet's rows streamed (`WorkbookSheet`). The shared
/// strings and styles are read when it opens; a sheet's XML is inflated to a temporary file and
/// parsed from there, so memory stays bounded by the shared strings, not by the sheet.
public final class Workbook {
    /// The file's name as problems show it.
    public let file: String
    /// The sheets' names, in the workbook's order.
    public var sheetNames: [String] { index.sheets.map(\.name) }

    private let archive: WorkbookArchive
    private let index: WorkbookIndex
    private let sharedStrings: SharedStrings
    private let styles: CellStyles

    /// Opens the workbook at `path`; `file` names it in problems (default: the last path component).
    public init(path: String, file: String? = nil) throws {
        let file = file ?? (path as NSString).lastPathComponent
        self.file = file
        archive = try WorkbookArchive(path: path, file: file)
        index = try WorkbookIndex(archive)
        guard !index.sheets.isEmpty else { throw WorkbookError.noSheets(file: file) }
        if let part = index.sharedStringsPart,
            let data = try archive.data(part, limit: WorkbookLimits.maximumSharedStringsBytes)
        {
            sharedStrings = try SharedStrings(data, part: part, file: file)
        } else {
            sharedStrings = SharedStrings()
        }
        if let part = index.stylesPart, let data = try archive.data(part, limit: WorkbookLimits.maximumSmallPartBytes) {
            styles = try CellStyles(data, part: part, file: file)
        } else {
            styles = CellStyles()
        }
    }

    /// The sheet named `name` (exactly, else ignoring case), or the first sheet when `name` is nil.
    public func sheet(named name: String? = nil) throws -> WorkbookSheet {
        let sheets = index.sheets
        let chosen: WorkbookIndex.Sheet?
        if let name {
            chosen = sheets.first { $0.name == name } ?? sheets.first { $0.name.lowercased() == name.lowercased() }
        } else {
            chosen = sheets.first
        }
        guard let chosen else { throw WorkbookError.missingSheet(file: file, sheet: name ?? "", available: sheetNames) }
        return try WorkbookSheet(
            name: chosen.name, part: chosen.part, archive: archive, sharedStrings: sharedStrings, styles: styles,
            date1904: index.date1904)
    }
}

/// One sheet, inflated to a temporary file (removed when the value goes), read as many times as
/// needed: an import validates every row, then reads them again to write.
public final class WorkbookSheet {
    public let name: String
    /// The file's name.
    public let file: String
    /// Merged cell ranges, in the order the sheet lists them.
    public let mergedRanges: [CellRange]
    /// The sheet's inflated size (bytes).
    public let byteCount: Int

    private let part: String
    private let url: URL
    private let folder: URL
    private let sharedStrings: SharedStrings
    private let styles: CellStyles
    private let date1904: Bool

    init(
        name: String, part: String, archive: WorkbookArchive, sharedStrings: SharedStrings, styles: CellStyles,
        date1904: Bool
    ) throws {
        self.name = name
        self.part = part
        file = archive.file
        self.sharedStrings = sharedStrings
        self.styles = styles
        self.date1904 = date1904
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("puhui-sheet-\(UUID().uuidString)")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw WorkbookError.cannotWrite(path: folder.path, reason: "\(error)")
        }
        url = folder.appendingPathComponent("sheet.xml")
        var scanner = MergeScanner()
        var bytes = 0
        do {
            guard
                try archive.write(
                    part, to: url, limit: WorkbookLimits.maximumSheetBytes,
                    inspect: { chunk in
                        scanner.feed(chunk)
                        bytes += chunk.count
                    })
            else {
                throw WorkbookError.damaged(file: archive.file, part: part)
            }
        } catch {
            try? FileManager.default.removeItem(at: folder)
            throw error
        }
        mergedRanges = scanner.ranges
        byteCount = bytes
    }

    deinit {
        try? FileManager.default.removeItem(at: folder)
    }

    /// Reads the rows that hold a value, in order, handing each to `body`; `body`'s error ends
    /// the reading and is thrown as it is. Returns the sheet's extent when it names one.
    @discardableResult
    public func forEachRow(_ body: (SheetRow) throws -> Void) throws -> CellRange? {
        try withoutActuallyEscaping(body) { body in
            let parser = SheetParser(
                sharedStrings: sharedStrings, styles: styles, date1904: date1904, sheet: part, file: file, onRow: body)
            try XMLPart.parse(fileAt: url, part: part, file: file, delegate: parser)
            return parser.dimension
        }
    }

    /// The number of rows the sheet's `<dimension>` claims (for progress; nil when it says none).
    public func claimedRowCount() -> Int? {
        var count: Int?
        let parser = DimensionParser()
        try? XMLPart.parse(fileAt: url, part: part, file: file, delegate: parser)
        if let range = parser.dimension { count = range.last.row - range.first.row + 1 }
        return count
    }
}

/// Reads only a sheet's `<dimension>`, which comes before its rows, and stops there.
final class DimensionParser: PartDelegate {
    var dimension: CellRange?

    override func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName qName: String?,
        attributes attributeDict: [String: String] = [:]
    ) {
        switch Self.localName(elementName) {
        case "dimension":
            dimension = attributeDict["ref"].flatMap { CellRange($0) }
            parser.abortParsing()
        case "sheetData":
            parser.abortParsing()
        default: break
        }
    }
}
