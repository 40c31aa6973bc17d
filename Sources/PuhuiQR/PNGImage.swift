/// A black-and-white image written as a PNG file (RFC 2083, W3C PNG): one bit per pixel
/// greyscale, no filtering, the image data in zlib's format (RFC 1950) made of stored —
/// uncompressed — deflate blocks (RFC 1951, block type 00). Nothing is compressed, so no
/// compressor is needed: a QR code of a badge's URL is a few tens of kilobytes this way.
struct PNGImage {
    let width: Int
    let height: Int
    /// Row by row, `true` for a white pixel.
    let white: (Int, Int) -> Bool

    init(width: Int, height: Int, white: @escaping (Int, Int) -> Bool) {
        self.width = width
        self.height = height
        self.white = white
    }

    static let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

    func encoded() -> [UInt8] {
        var header: [UInt8] = []
        header += Self.bigEndian(UInt32(width))
        header += Self.bigEndian(UInt32(height))
        // Bit depth 1, colour type 0 (greyscale), deflate, adaptive filtering (method 0), no interlace.
        header += [1, 0, 0, 0, 0]
        return Self.signature + Self.chunk("IHDR", header) + Self.chunk("IDAT", Self.zlibStored(scanlines()))
            + Self.chunk("IEND", [])
    }

    /// Each row: filter type 0 (none), then the pixels packed eight to a byte, the first pixel
    /// in the high bit, the last byte padded.
    func scanlines() -> [UInt8] {
        let rowBytes = (width + 7) / 8
        var out: [UInt8] = []
        out.reserveCapacity(height * (rowBytes + 1))
        for y in 0..<height {
            out.append(0)
            for byteIndex in 0..<rowBytes {
                var byte: UInt8 = 0
                for bit in 0..<8 {
                    let x = byteIndex * 8 + bit
                    if x < width, white(x, y) { byte |= 0x80 >> UInt8(bit) }
                }
                out.append(byte)
            }
        }
        return out
    }

    /// A PNG chunk: length, type, data, and the CRC-32 of type and data.
    static func chunk(_ type: String, _ data: [UInt8]) -> [UInt8] {
        let typed = Array(type.utf8) + data
        return bigEndian(UInt32(data.count)) + typed + bigEndian(CRC32.checksum(typed))
    }

    /// The zlib stream of `data` in stored deflate blocks of at most 65,535 bytes each.
    static func zlibStored(_ data: [UInt8]) -> [UInt8] {
        // CMF 0x78: deflate with a 32 KiB window; FLG 0x01 makes (CMF·256 + FLG) a multiple of 31.
        var out: [UInt8] = [0x78, 0x01]
        var offset = 0
        repeat {
            let count = min(65_535, data.count - offset)
            let final: UInt8 = offset + count == data.count ? 1 : 0
            let length = UInt16(count)
            out.append(final)  // BFINAL, then BTYPE 00, the rest of the byte padding
            out += [UInt8(length & 0xFF), UInt8(length >> 8), UInt8(~length & 0xFF), UInt8(~length >> 8)]
            out += data[offset..<(offset + count)]
            offset += count
        } while offset < data.count
        return out + bigEndian(Adler32.checksum(data))
    }

    static func bigEndian(_ value: UInt32) -> [UInt8] {
        [UInt8(value >> 24), UInt8((value >> 16) & 0xFF), UInt8((value >> 8) & 0xFF), UInt8(value & 0xFF)]
    }
}
