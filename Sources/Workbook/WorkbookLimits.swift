/// The bounds a workbook is read within (docs/LIMITS.md). A `.xlsx` is a zip archive, and a small
/// archive can inflate to gigabytes: every part is measured as it is inflated and refused past
/// its limit, whatever its header claims, so a zip bomb stops in bounded time, memory and disk.
public enum WorkbookLimits {
    /// The largest sheet part, uncompressed (bytes): 1 GiB, the limit of a CSV file
    /// (`ImportLimits.maximumFileBytes`); a sheet's XML is a few times larger than the same
    /// rows as CSV, so a sheet holds somewhat fewer rows than a CSV file may.
    public static let maximumSheetBytes = 1 << 30
    /// The shared strings part, uncompressed (bytes): held in memory while the sheet is read.
    public static let maximumSharedStringsBytes = 512 << 20
    /// Every other part read (the workbook index, relationships, styles), uncompressed.
    public static let maximumSmallPartBytes = 16 << 20
    /// The longest cell text: Excel's own limit of 32,767 characters, taken as UTF-8 bytes
    /// times four, so no cell Excel can write is refused here; the registry's columns are far
    /// shorter and say so by column.
    public static let maximumCellBytes = 32_767 * 4
    /// The most rows and columns a sheet has (Excel's grid: 1,048,576 rows, XFD = 16,384 columns).
    public static let maximumRow = 1_048_576
    public static let maximumColumn = 16_384
}
