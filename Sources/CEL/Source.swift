/// The text of an expression as Unicode scalars, with line starts, so that offsets
/// can be turned into line/column positions and snippets for diagnostics and traces.
struct Source: Sendable {
    let text: String
    let scalars: [Unicode.Scalar]
    /// Offsets (in scalars) at which each line starts.
    let lineStarts: [Int]

    init(_ text: String) {
        self.text = text
        let scalars = Array(text.unicodeScalars)
        self.scalars = scalars
        var starts = [0]
        var i = 0
        while i < scalars.count {
            let c = scalars[i]
            if c == "\n" {
                starts.append(i + 1)
            } else if c == "\r" {
                if i + 1 < scalars.count, scalars[i + 1] == "\n" { i += 1 }
                starts.append(i + 1)
            }
            i += 1
        }
        self.lineStarts = starts
    }

    /// 1-based line and column of a scalar offset.
    func lineAndColumn(of offset: Int) -> (Int, Int) {
        var lo = 0
        var hi = lineStarts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if lineStarts[mid] <= offset { lo = mid } else { hi = mid - 1 }
        }
        return (lo + 1, offset - lineStarts[lo] + 1)
    }

    /// The text of a 1-based line, without its terminator; long lines are cut so that
    /// diagnostics stay readable.
    func lineText(_ line: Int) -> String {
        guard line >= 1, line <= lineStarts.count else { return "" }
        let start = lineStarts[line - 1]
        var end = line < lineStarts.count ? lineStarts[line] : scalars.count
        while end > start, scalars[end - 1] == "\n" || scalars[end - 1] == "\r" { end -= 1 }
        end = min(end, start + 400)
        var s = String.UnicodeScalarView()
        s.append(contentsOf: scalars[start..<end])
        return String(s)
    }

    /// The source text of a scalar range.
    func slice(_ range: Range<Int>) -> String {
        let lo = max(0, min(range.lowerBound, scalars.count))
        let hi = max(lo, min(range.upperBound, scalars.count))
        var s = String.UnicodeScalarView()
        s.append(contentsOf: scalars[lo..<hi])
        return String(s)
    }
}
