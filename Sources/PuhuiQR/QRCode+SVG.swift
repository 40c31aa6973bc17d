extension QRCode {
    /// The code as an SVG image: one unit per module, the quiet zone included, each run of dark
    /// modules in a row one `<rect>` (so the file stays small), crisp edges. `pixels`: the
    /// drawn width and height. `title`: an accessible name, already escaped for XML by the caller.
    package func svg(pixels: Int, title: String? = nil) -> String {
        let side = size + 2 * Self.quietZone
        var out =
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(side) \(side)\" width=\"\(pixels)\" height=\"\(pixels)\""
        out += " shape-rendering=\"crispEdges\" role=\"img\""
        if title != nil { out += " aria-labelledby=\"qr-title\"" }
        out += ">"
        if let title { out += "<title id=\"qr-title\">\(title)</title>" }
        out += "<rect width=\"\(side)\" height=\"\(side)\" fill=\"#fff\"/><path fill=\"#000\" d=\""
        for y in 0..<size {
            var x = 0
            while x < size {
                guard isDark(x: x, y: y) else {
                    x += 1
                    continue
                }
                var end = x
                while end < size, isDark(x: end, y: y) { end += 1 }
                // A run as a closed path: move, horizontal line, down one, back, close.
                out += "M\(x + Self.quietZone) \(y + Self.quietZone)h\(end - x)v1h-\(end - x)z"
                x = end
            }
        }
        out += "\"/></svg>"
        return out
    }

    /// The code as a black-and-white PNG: `scale` pixels per module, the quiet zone included.
    package func png(scale: Int) -> [UInt8] {
        let scale = max(1, scale)
        let side = (size + 2 * Self.quietZone) * scale
        let image = PNGImage(width: side, height: side) { px, py in
            !isDark(x: px / scale - Self.quietZone, y: py / scale - Self.quietZone)
        }
        return image.encoded()
    }
}
