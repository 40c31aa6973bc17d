/// The bounds every imported CSV file is held to (docs/LIMITS.md says why each is what it is).
/// Each is checked before the work it bounds, so a hostile file is refused in bounded time and
/// memory with a message naming the file, line, column and value.
public enum ImportLimits {
    /// The largest file read (bytes): 1 GiB, about three times the 1,000,000-outlet benchmark
    /// file. Checked from the file's size before it is read.
    public static let maximumFileBytes = 1 << 30
    /// The longest field the CSV reader accepts (bytes): 16 MiB, far above any column's limit,
    /// so a column's own limit names the column; past it the reader stops at the field.
    public static let maximumFieldBytes = 16 << 20
    /// The most fields in one record: the widest file (outlets) has 44 columns.
    public static let maximumFieldsPerRecord = 1_000
    /// The longest value (Unicode scalars) a column not listed in `columnMaximum` takes: codes,
    /// numbers, dates and enumeration values are far shorter.
    public static let defaultColumnMaximum = 64
    /// Columns whose text may be longer, with their limit in Unicode scalars.
    public static let columnMaximum: [String: Int] = [
        "name": 200,  // the longest registered names of Chinese organisations are under 100 characters
        "address": 300,
        "legal_representative": 100,
        "uscc_override_reason": 1_000,
        "item": 100,
        "subdistrict": 50,
        "classes": 1_000,  // up to ~40 classes of `TYPE:CAPACITY:ENROLLED:CARERS`
        "contact_phone": 40,
        "phone": 40,
    ]
    /// Columns of free text in which tabs and line breaks are kept (an address may be written
    /// on several lines; every other control
    /// character is refused everywhere; in other columns tabs and line breaks are too).
    public static let multilineColumns: Set<String> = ["address", "uscc_override_reason"]

    /// The limit of `column`, in Unicode scalars.
    public static func maximum(_ column: String) -> Int {
        columnMaximum[column] ?? defaultColumnMaximum
    }

    /// Whether `scalar` is a character no registry text may hold: C0 and C1 controls (NUL
    /// included; SQLite's C strings would cut the text there), DEL, the line and paragraph
    /// separators, and the bidirectional overrides and isolates that make text display other
    /// than it is stored. Tabs and line breaks pass only when `multiline`.
    static func isRefused(_ scalar: Unicode.Scalar, multiline: Bool) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: !multiline
        case 0x00...0x1F, 0x7F...0x9F: true
        case 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    /// The value as a problem shows it: control characters as `\u{…}`, and at most 40
    /// characters of a long value with its length.
    static func shown(_ value: String) -> String {
        var text = ""
        var count = 0
        for scalar in value.unicodeScalars {
            count += 1
            guard count <= 40 else { continue }
            if isRefused(scalar, multiline: false) {
                text += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
            } else {
                text.unicodeScalars.append(scalar)
            }
        }
        return count > 40 ? text + "…" : text
    }
}
