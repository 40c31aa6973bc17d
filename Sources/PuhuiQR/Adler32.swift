/// Adler-32 (RFC 1950), zlib's checksum of the uncompressed data: two sums modulo 65,521.
/// `Adler32.checksum("Wikipedia")` is 0x11E60398.
enum Adler32 {
    static func checksum(_ bytes: some Sequence<UInt8>) -> UInt32 {
        var a: UInt32 = 1
        var b: UInt32 = 0
        for byte in bytes {
            a = (a + UInt32(byte)) % 65_521
            b = (b + a) % 65_521
        }
        return b << 16 | a
    }
}
