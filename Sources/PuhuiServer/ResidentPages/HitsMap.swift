import Foundation
import PuhuiOutput
import Registry

/// The search's hits drawn by the server as SVG — no tiles, nothing fetched from elsewhere: an
/// equirectangular projection around the centre (longitude scaled by the cosine of the
/// latitude, so distances look right), the distance searched as a dashed ring, the centre as a
/// cross, each hit its list number in a circle (elder care) or a square (childcare) — shape as
/// well as colour — with a scale bar and north. Markers never overlap (`MarkerLayout`): one
/// moved off its point is joined to it by a leader line.
struct HitsMap {
    let text: PageText
    let hits: [SearchHit]
    /// The list number of the first hit (the page's offset + 1).
    let firstNumber: Int
    let centre: GeoPoint?
    let radius: Double

    static let width = 400.0
    static let height = 320.0
    static let margin = 28.0
    /// A marker's width (the circle's diameter, the square's side and a little air).
    static let markerSize = 27.0

    struct Frame {
        let centre: GeoPoint
        /// Metres from the centre to the frame's nearest edge.
        let halfExtent: Double
        let metresPerUnit: Double

        /// Metres east and north of `centre` (the sphere of the search's distances, radius
        /// 6,371,008.8 m): plenty for a drawing a few kilometres across.
        static func offsetMetres(from centre: GeoPoint, to point: GeoPoint) -> (east: Double, north: Double) {
            let metresPerRadian = 6_371_008.8
            return (
                (point.lon - centre.lon) * .pi / 180 * metresPerRadian * cos(centre.lat * .pi / 180),
                (point.lat - centre.lat) * .pi / 180 * metresPerRadian
            )
        }

        func x(_ lon: Double) -> Double {
            HitsMap.width / 2 + Self.offsetMetres(from: centre, to: GeoPoint(lat: centre.lat, lon: lon)).east
                / metresPerUnit
        }

        func y(_ lat: Double) -> Double {
            HitsMap.height / 2 - Self.offsetMetres(from: centre, to: GeoPoint(lat: lat, lon: centre.lon)).north
                / metresPerUnit
        }
    }

    /// Around the search's centre (the ring fits), or — a city-wide search — around the hits.
    func frame() -> Frame {
        let usable = Self.height / 2 - Self.margin
        if let centre {
            let farthest = hits.compactMap(\.distanceMetres).max() ?? 0
            let extent = max(radius, farthest) * 1.05
            return Frame(centre: centre, halfExtent: extent, metresPerUnit: max(extent, 50) / usable)
        }
        let lats = hits.map(\.lat)
        let lons = hits.map(\.lon)
        let middle = GeoPoint(
            lat: ((lats.min() ?? 0) + (lats.max() ?? 0)) / 2, lon: ((lons.min() ?? 0) + (lons.max() ?? 0)) / 2)
        let farthest =
            hits.map { hit in
                let (dx, dy) = Frame.offsetMetres(from: middle, to: GeoPoint(lat: hit.lat, lon: hit.lon))
                return max(abs(dx), abs(dy))
            }.max() ?? 0
        let extent = max(farthest * 1.1, 200)
        return Frame(centre: middle, halfExtent: extent, metresPerUnit: extent / usable)
    }

    /// A round length for the scale bar, about a quarter of the frame.
    static func scaleLength(_ halfExtent: Double) -> Double {
        let target = halfExtent / 2
        let magnitude = pow(10, floor(log10(max(target, 1))))
        return [1.0, 2, 5, 10].map { $0 * magnitude }.last { $0 <= target } ?? magnitude
    }

    static func n(_ value: Double) -> String { String(format: "%.1f", value) }

    func render() -> HTML {
        let frame = frame()
        var parts: [HTML] = []
        parts.append(
            "<rect class=\"map-bg\" x=\"0\" y=\"0\" width=\"\(Self.n(Self.width))\" height=\"\(Self.n(Self.height))\"/>"
        )
        if let centre {
            let cx = frame.x(centre.lon)
            let cy = frame.y(centre.lat)
            let r = radius / frame.metresPerUnit
            parts.append("<circle class=\"ring\" cx=\"\(Self.n(cx))\" cy=\"\(Self.n(cy))\" r=\"\(Self.n(r))\"/>")
            parts.append(
                "<path class=\"centre\" d=\"M\(Self.n(cx - 10)) \(Self.n(cy))h20M\(Self.n(cx)) \(Self.n(cy - 10))v20\"/>"
            )
        }
        let points = hits.map { MarkerLayout.Point(x: frame.x($0.lon), y: frame.y($0.lat)) }
        let markers = MarkerLayout.place(points, size: Self.markerSize, width: Self.width, height: Self.height)
        // A displaced marker's true point, and a leader line to it, under every marker.
        for (point, marker) in zip(points, markers) where point != marker {
            parts.append(
                "<path class=\"leader\" d=\"M\(Self.n(point.x)) \(Self.n(point.y))L\(Self.n(marker.x)) \(Self.n(marker.y))\"/><circle class=\"leader-dot\" cx=\"\(Self.n(point.x))\" cy=\"\(Self.n(point.y))\" r=\"3\"/>"
            )
        }
        for (index, hit) in hits.enumerated().reversed() {
            let number = firstNumber + index
            let x = markers[index].x
            let y = markers[index].y
            let family = OutletKind(rawValue: hit.kind)?.family ?? .elder
            let shape: HTML =
                family == .elder
                ? "<circle class=\"hit elder\" cx=\"\(Self.n(x))\" cy=\"\(Self.n(y))\" r=\"13\"/>"
                : "<rect class=\"hit childcare\" x=\"\(Self.n(x - 12))\" y=\"\(Self.n(y - 12))\" width=\"24\" height=\"24\"/>"
            parts.append(
                "<g><title>\(text.mapItem(number, hit.name))</title>\(shape)<text class=\"hit-number\" x=\"\(Self.n(x))\" y=\"\(Self.n(y + 5))\">\(number)</text></g>"
            )
        }
        let scale = Self.scaleLength(frame.halfExtent)
        let bar = scale / frame.metresPerUnit
        let bottom = Self.height - 14
        parts.append(
            "<path class=\"scale\" d=\"M16 \(Self.n(bottom - 6))v6h\(Self.n(bar))v-6\"/><text class=\"map-label\" x=\"\(Self.n(20 + bar))\" y=\"\(Self.n(bottom))\">\(text.roundDistance(scale))</text>"
        )
        parts.append(
            "<path class=\"scale\" d=\"M\(Self.n(Self.width - 24)) 44V16l-6 10M\(Self.n(Self.width - 24)) 16l6 10\"/><text class=\"map-label\" x=\"\(Self.n(Self.width - 24))\" y=\"60\" text-anchor=\"middle\">\(text.north)</text>"
        )
        return """
            <figure class="map">
            <svg viewBox="0 0 \(Self.n(Self.width)) \(Self.n(Self.height))" role="img" aria-label="\(text.mapLabel(hits.count))" focusable="false">\(parts)</svg>
            <figcaption>\(text.mapCaption)</figcaption>
            </figure>
            """
    }
}
