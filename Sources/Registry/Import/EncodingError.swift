/// A CSV file whose bytes are not text in the encoding asked for (or, detecting, in either
/// UTF-8 or GB18030): where it breaks, by line and byte, and how to fix it.
public struct EncodingError: UserFacingError, Equatable {
    public var file: String
    /// What was tried: `.utf8`, `.gb18030`, or `.automatic` (both).
    public var encoding: CSVEncoding
    /// The line (1-based) where it breaks.
    public var line: Int
    /// The byte in the file (1-based) where it breaks.
    public var byte: Int
    /// The byte's place in its line (1-based).
    public var byteInLine: Int

    public var kind: FailureKind { .invalidData }

    public var message: LocalizedText {
        let place = LocalizedText(
            zh: "\(file):\(line)：第 \(line) 行第 \(byteInLine) 个字节（文件第 \(byte) 个字节）",
            en: "\(file):\(line): byte \(byteInLine) of line \(line) (byte \(byte) of the file)")
        switch encoding {
        case .utf8:
            return LocalizedText(
                zh: "\(place.zh)起不是有效的 UTF-8 文本；若文件是 GBK/GB18030 编码，请加 --encoding gb18030，或在 Excel/WPS 中另存为“CSV UTF-8”",
                en:
                    "\(place.en) is not valid UTF-8; if the file is GBK/GB18030, add --encoding gb18030, or save it as \"CSV UTF-8\" in Excel or WPS"
            )
        case .gb18030:
            return LocalizedText(
                zh: "\(place.zh)起不是有效的 GB18030（GBK）文本；请检查文件是否损坏，或去掉 --encoding 按 UTF-8 读取",
                en:
                    "\(place.en) is not valid GB18030 (GBK) text; check whether the file is damaged, or leave out --encoding to read it as UTF-8"
            )
        case .automatic:
            return LocalizedText(
                zh: "\(place.zh)起既不是有效的 UTF-8 文本，也不是有效的 GB18030（GBK）文本；文件可能已损坏，或用了其他编码：请在 Excel/WPS 中另存为“CSV UTF-8”",
                en:
                    "\(place.en) is neither valid UTF-8 nor valid GB18030 (GBK); the file may be damaged or in another encoding: save it as \"CSV UTF-8\" in Excel or WPS"
            )
        }
    }
}

extension CSVEncoding {
    /// The file's bytes as UTF-8 text bytes, and the encoding they were read in.
    static func decode(_ bytes: [UInt8], as encoding: CSVEncoding, file: String) throws(EncodingError) -> (
        bytes: [UInt8], readAs: CSVEncoding
    ) {
        func failure(_ offset: Int, _ tried: CSVEncoding) -> EncodingError {
            let position = TextDecoding.position(of: offset, in: bytes)
            return EncodingError(
                file: file, encoding: tried, line: position.line, byte: offset + 1, byteInLine: position.byteInLine)
        }
        switch encoding {
        case .utf8:
            if let offset = TextDecoding.utf8Failure(bytes) { throw failure(offset, .utf8) }
            return (bytes, .utf8)
        case .gb18030:
            do {
                return (try TextDecoding.utf8(from: bytes, encoding: "GB18030"), .gb18030)
            } catch {
                throw failure(error.offset, .gb18030)
            }
        case .automatic:
            guard let utf8Offset = TextDecoding.utf8Failure(bytes) else { return (bytes, .utf8) }
            do {
                return (try TextDecoding.utf8(from: bytes, encoding: "GB18030"), .gb18030)
            } catch {
                // Neither: the place where the reading that got further breaks is the likelier fault.
                throw failure(max(utf8Offset, error.offset), .automatic)
            }
        }
    }
}
