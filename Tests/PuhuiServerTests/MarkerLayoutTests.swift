import Testing

@testable import PuhuiServer

/// The map's markers never overlap, and stay on their points when they can.
struct MarkerLayoutTests {
    typealias Point = MarkerLayout.Point

    static func apart(_ points: [Point], _ size: Double) -> Bool {
        for (i, a) in points.enumerated() {
            for b in points[(i + 1)...] where (a.x - b.x) * (a.x - b.x) + (a.y - b.y) * (a.y - b.y) < size * size - 1e-6
            {
                return false
            }
        }
        return true
    }

    @Test func clearMarkersStayOnTheirPoints() {
        let points = [Point(x: 50, y: 50), Point(x: 150, y: 50), Point(x: 50, y: 150)]
        #expect(MarkerLayout.place(points, size: 27, width: 400, height: 320) == points)
    }

    @Test func aClusterIsSpreadApartInsideTheDrawing() {
        // Twenty outlets in one block of flats, and five more at the drawing's corner.
        let cluster =
            Array(repeating: Point(x: 200, y: 160), count: 20)
            + (0..<5).map { Point(x: 2 + Double($0), y: 3) }
        let placed = MarkerLayout.place(cluster, size: 27, width: 400, height: 320)
        #expect(placed.count == cluster.count)
        #expect(placed[0] == cluster[0], "the first hit keeps its point")
        #expect(Self.apart(placed, 27))
        #expect(placed.allSatisfy { (13.5...386.5).contains($0.x) && (13.5...306.5).contains($0.y) })
        #expect(MarkerLayout.place(cluster, size: 27, width: 400, height: 320) == placed, "deterministic")
    }
}
