import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Text converted to UTF-8 by the system's iconv (glibc's GB18030 and UTF-8 converters): no
/// conversion table of our own. A failure says at which byte the text stops being valid.
enum TextDecoding {
    /// Where a conversion stopped: the byte offset (0-based) of the first byte that is not
    /// valid in the encoding (or of an incomplete sequence at the end).
    struct Failure: Error, Equatable {
        var offset: Int
    }

    /// `bytes` in `encoding` ("GB18030", "UTF-8") as UTF-8 bytes.
    static func utf8(from bytes: [UInt8], encoding: String) throws(Failure) -> [UInt8] {
        let converter = iconv_open("UTF-8", encoding)
        guard converter != iconv_t(bitPattern: -1) else { return bytes }
        defer { iconv_close(converter) }
        // UTF-8 takes at most 4 bytes per GB18030 sequence of 1, 2 or 4 bytes: twice the input
        // is enough, plus room for a tiny file.
        var output = [UInt8](repeating: 0, count: bytes.count * 2 + 16)
        var input = bytes
        var produced = 0
        var failure: Int?
        input.withUnsafeMutableBufferPointer { inputBuffer in
            output.withUnsafeMutableBufferPointer { outputBuffer in
                var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inputBuffer.baseAddress)?
                    .assumingMemoryBound(to: CChar.self)
                var inLeft = inputBuffer.count
                var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outputBuffer.baseAddress)?
                    .assumingMemoryBound(to: CChar.self)
                var outLeft = outputBuffer.count
                let result = iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
                if result == -1 || inLeft > 0 {
                    failure = inputBuffer.count - inLeft
                }
                produced = outputBuffer.count - outLeft
            }
        }
        if let failure { throw Failure(offset: failure) }
        output.removeSubrange(produced...)
        return output
    }

    /// Whether `bytes` are UTF-8; if not, where they stop being.
    static func utf8Failure(_ bytes: [UInt8]) -> Int? {
        if String(validating: bytes, as: UTF8.self) != nil { return nil }
        do {
            _ = try utf8(from: bytes, encoding: "UTF-8")
            return 0
        } catch {
            return error.offset
        }
    }

    /// The line (1-based) holding byte `offset`, and the byte's place in that line (1-based).
    static func position(of offset: Int, in bytes: [UInt8]) -> (line: Int, byteInLine: Int) {
        var line = 1
        var lineStart = 0
        for index in 0..<min(offset, bytes.count) where bytes[index] == 0x0A {
            line += 1
            lineStart = index + 1
        }
        return (line, offset - lineStart + 1)
    }
}
