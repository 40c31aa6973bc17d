import CQREncode

/// A QR code's modules (the square dots), made by libqrencode: `size` × `size`, row by row,
/// `true` for dark. Drawn with a quiet zone of `quietZone` light modules around it, as the
/// standard (ISO/IEC 18004) asks for readers to find it.
package struct QRCode: Sendable, Equatable {
    package enum Correction: Sendable {
        /// About 7%, 15%, 25% or 30% of the symbol may be damaged and still read.
        case low, medium, quartile, high
    }

    /// Why no code was made.
    package enum Failure: Error, Equatable {
        /// Longer than a QR code holds at this correction level (version 40: 2,331 bytes at M),
        /// or empty.
        case tooLong(bytes: Int)
        /// Text with a NUL in it (a C string cannot carry one).
        case containsNUL
    }

    package static let quietZone = 4

    package let size: Int
    let modules: [Bool]

    /// Encodes `text` (as UTF-8 bytes, case kept) in the smallest version that holds it.
    package init(_ text: String, correction: Correction = .medium) throws(Failure) {
        guard !text.utf8.contains(0) else { throw .containsNUL }
        guard !text.isEmpty else { throw .tooLong(bytes: 0) }
        let level: puhui_qr_level =
            switch correction {
            case .low: PUHUI_QR_L
            case .medium: PUHUI_QR_M
            case .quartile: PUHUI_QR_Q
            case .high: PUHUI_QR_H
            }
        var width: Int32 = 0
        let bytes = text.withCString { puhui_qr_encode($0, level, &width) }
        guard let bytes, width > 0 else { throw .tooLong(bytes: text.utf8.count) }
        defer { puhui_qr_free(bytes) }
        let count = Int(width) * Int(width)
        size = Int(width)
        modules = (0..<count).map { bytes[$0] != 0 }
    }

    /// Whether the module at (`x`, `y`) is dark; outside the symbol (the quiet zone) it is light.
    package func isDark(x: Int, y: Int) -> Bool {
        guard (0..<size).contains(x), (0..<size).contains(y) else { return false }
        return modules[y * size + x]
    }
}
