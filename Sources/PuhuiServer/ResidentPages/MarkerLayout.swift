import Foundation

/// Where the map draws each hit's numbered marker so that no two overlap: where hits cluster
/// (a block of flats with three outlets), markers drawn at their true points would cover each
/// other's numbers. In list order, each marker goes at its point when that is clear of the ones
/// already placed, else at the nearest clear spot on rings around it (eight, then sixteen
/// directions per ring, a marker's width apart), kept inside the drawing; the map then draws a
/// leader line from the true point to a displaced marker. Deterministic, and pure.
enum MarkerLayout {
    struct Point: Equatable {
        var x: Double
        var y: Double
    }

    /// The marker centres for `points`, each at least `size` from every other (as long as the
    /// rings find room within `rings` tries), inside `0…width × 0…height` less `size / 2`.
    static func place(_ points: [Point], size: Double, width: Double, height: Double, rings: Int = 6) -> [Point] {
        var placed: [Point] = []
        placed.reserveCapacity(points.count)
        let half = size / 2
        func inside(_ p: Point) -> Point {
            Point(x: min(max(p.x, half), width - half), y: min(max(p.y, half), height - half))
        }
        func clear(_ p: Point) -> Bool {
            placed.allSatisfy { ($0.x - p.x) * ($0.x - p.x) + ($0.y - p.y) * ($0.y - p.y) >= size * size - 1e-9 }
        }
        for point in points {
            let start = inside(point)
            var chosen = start
            if !clear(start) {
                search: for ring in 1...max(rings, 1) {
                    let directions = ring == 1 ? 8 : 16
                    for step in 0..<directions {
                        let angle = Double(step) * 2 * .pi / Double(directions) - .pi / 2
                        let candidate = inside(
                            Point(
                                x: start.x + Double(ring) * size * cos(angle),
                                y: start.y + Double(ring) * size * sin(angle)))
                        if clear(candidate) {
                            chosen = candidate
                            break search
                        }
                    }
                }
            }
            placed.append(chosen)
        }
        return placed
    }
}
