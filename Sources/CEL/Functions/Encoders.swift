import Foundation

/// `base64.encode(bytes)` and `base64.decode(string)` (padding optional on decode).
enum Encoders {
    static func register(_ t: inout [String: [Int: Fn]]) {
        t.add("base64.encode") { v in
            guard case .bytes(let b) = v else { return Library.noOverload("base64.encode", [v]) }
            return .string(Data(b).base64EncodedString())
        }
        t.add("base64.decode") { v in
            guard case .string(let s) = v else { return Library.noOverload("base64.decode", [v]) }
            var padded = s
            while padded.utf8.count % 4 != 0 { padded += "=" }
            guard let d = Data(base64Encoded: padded) else {
                return .error(CELError(.invalidArgument, "invalid base64 text"))
            }
            return .bytes(Array(d))
        }
    }
}
