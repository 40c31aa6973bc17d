import Yams

/// Maps an offset inside a YAML scalar's value (where a CEL error was found) back to the
/// line and column of the file. Plain and quoted scalars: the mark's column plus the offset
/// (plus one for the opening quote), continuing across folded lines; literal blocks (`|`): line
/// by line, at the block's indentation; folded blocks (`>`): lines joined by one space.
struct ScalarPosition {
    let scalar: Node.Scalar
    let lines: [String]

    func position(ofOffset offset: Int, celLine: Int?, celColumn: Int?) -> (line: Int, column: Int) {
        let markLine = scalar.mark?.line ?? 1
        let markColumn = scalar.mark?.column ?? 1
        switch scalar.style {
        case .literal:
            let (valueLine, valueColumn) =
                celLine.flatMap { l in celColumn.map { (l, $0) } }
                ?? lineAndColumn(ofOffset: offset, in: scalar.string)
            let line = markLine + valueLine
            return (line, indentation(from: markLine + 1) + valueColumn)
        case .folded:
            return walk(offset: offset, firstLine: markLine + 1, firstColumn: nil)
        case .singleQuoted, .doubleQuoted:
            return walk(offset: offset, firstLine: markLine, firstColumn: markColumn + 1)
        default:
            return walk(offset: offset, firstLine: markLine, firstColumn: markColumn)
        }
    }

    /// Walks source lines that were joined with single spaces into the value.
    func walk(offset: Int, firstLine: Int, firstColumn: Int?) -> (line: Int, column: Int) {
        var remaining = offset
        var line = firstLine
        var column = firstColumn ?? (indentation(from: firstLine) + 1)
        while line <= lines.count {
            let scalars = Array(lines[line - 1].unicodeScalars)
            var end = scalars.count
            while end > column - 1, end > 0, scalars[end - 1] == " " || scalars[end - 1] == "\t" { end -= 1 }
            let length = max(0, end - (column - 1))
            if remaining <= length || line == lines.count { return (line, column + remaining) }
            remaining -= length + 1
            line += 1
            column = leadingSpaces(line) + 1
        }
        return (firstLine, (firstColumn ?? 1) + offset)
    }

    func leadingSpaces(_ line: Int) -> Int {
        guard line >= 1, line <= lines.count else { return 0 }
        return lines[line - 1].unicodeScalars.prefix { $0 == " " || $0 == "\t" }.count
    }

    /// The indentation of the first non-blank line at or after `line`.
    func indentation(from line: Int) -> Int {
        var index = line
        while index <= lines.count {
            if !lines[index - 1].allSatisfy({ $0 == " " || $0 == "\t" }) { return leadingSpaces(index) }
            index += 1
        }
        return 0
    }

    func lineAndColumn(ofOffset offset: Int, in text: String) -> (Int, Int) {
        var line = 1
        var column = 1
        for (index, scalar) in text.unicodeScalars.enumerated() {
            if index == offset { break }
            if scalar == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return (line, column)
    }
}
