/// What `puhui export` writes.
public enum ExportFormat: String, Sendable, CaseIterable, Codable {
    /// CSV as docs/CSV.md describes: imports back unchanged.
    case csv
    /// A JSON array of objects, one per line; keys are the CSV columns, numbers are numbers and
    /// money is integer `amount_fen` (with `amount_yuan` text beside it).
    case json
    /// A GeoJSON FeatureCollection of outlets: Point `[lon, lat]`, properties = the outlet's fields.
    case geojson
    /// An `.xlsx` workbook (Excel, WPS, LibreOffice) of the CSV's columns and values: the header
    /// frozen, codes as text, dates as dates; imports back unchanged. Written to a file.
    case xlsx
}
