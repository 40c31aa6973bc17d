import Foundation
import PuhuiOutput
import Registry

/// The report's map: the city's bounding box projected equirectangularly (longitude scaled by
/// the cosine of the box's middle latitude, so distances look right at Nantong's latitude),
/// every outlet a small mark coloured by family and standing, district centres labelled.
struct ReportMapSVG {
    let bounds: CityBounds
    let outlets: [StatsOutlet]
    let divisions: [Division]
    let lang: Language
    let width = 960.0

    var xScale: Double { width / (bounds.maxLon - bounds.minLon) }
    var yScale: Double { xScale / cos((bounds.minLat + bounds.maxLat) / 2 * .pi / 180) }
    var height: Double { (bounds.maxLat - bounds.minLat) * yScale }

    func x(_ lon: Double) -> String { HTMLText.number((lon - bounds.minLon) * xScale) }
    func y(_ lat: Double) -> String { HTMLText.number((bounds.maxLat - lat) * yScale) }

    /// Colours by family: elder care warm, childcare cool.
    static func colour(_ family: CareFamily) -> String {
        family == .elder ? "#d9480f" : "#1971c2"
    }

    func render() -> String {
        var svg: [String] = []
        svg.append(
            "<svg class=\"map\" viewBox=\"0 0 \(HTMLText.number(width)) \(HTMLText.number(height))\" role=\"img\" aria-label=\"\(HTMLText.escape(lang.t("网点分布图", "Map of outlets")))\">"
        )
        svg.append(
            "<rect x=\"0\" y=\"0\" width=\"\(HTMLText.number(width))\" height=\"\(HTMLText.number(height))\" class=\"map-bg\"/>"
        )
        // Graticule every 0.1°, so the viewer can read positions.
        var lat = (bounds.minLat * 10).rounded(.up) / 10
        while lat <= bounds.maxLat {
            svg.append(
                "<line class=\"grid\" x1=\"0\" x2=\"\(HTMLText.number(width))\" y1=\"\(y(lat))\" y2=\"\(y(lat))\"/>")
            // No label where it would sit on the longitude labels along the bottom edge.
            if (bounds.maxLat - lat) * yScale < height - 18 {
                svg.append(
                    "<text class=\"grid-label\" x=\"4\" y=\"\(y(lat))\" dy=\"-2\">\(String(format: "%.1f°N", lat))</text>"
                )
            }
            lat += 0.1
        }
        var lon = (bounds.minLon * 10).rounded(.up) / 10
        while lon <= bounds.maxLon {
            svg.append(
                "<line class=\"grid\" y1=\"0\" y2=\"\(HTMLText.number(height))\" x1=\"\(x(lon))\" x2=\"\(x(lon))\"/>")
            svg.append(
                "<text class=\"grid-label\" y=\"\(HTMLText.number(height - 4))\" x=\"\(x(lon))\" dx=\"2\">\(String(format: "%.1f°E", lon))</text>"
            )
            lon += 0.1
        }
        // Outlets not operating first, then operating, then certified on top.
        let order: [StatsOutlet] =
            outlets.filter { !$0.operating } + outlets.filter { $0.operating && !$0.certified }
            + outlets.filter(\.certified)
        for outlet in order where bounds.contains(lat: outlet.lat, lon: outlet.lon) {
            let colour = Self.colour(outlet.kind.family)
            let standing = outlet.certified ? "certified" : outlet.operating ? "operating" : "not-operating"
            let title = HTMLText.escape("\(outlet.id) \(outlet.name)（\(outlet.kind.name(lang))）")
            let style: String
            switch standing {
            case "certified": style = "fill=\"\(colour)\" stroke=\"#fff\" stroke-width=\"0.8\""
            case "operating": style = "fill=\"#fff\" stroke=\"\(colour)\" stroke-width=\"1.4\""
            default: style = "fill=\"#adb5bd\" stroke=\"none\""
            }
            svg.append(
                "<circle class=\"outlet \(standing) \(outlet.kind.family.rawValue)\" cx=\"\(x(outlet.lon))\" cy=\"\(y(outlet.lat))\" r=\"\(outlet.certified ? "4" : "3.2")\" \(style)><title>\(title)</title></circle>"
            )
        }
        for division in divisions where division.level == .county {
            guard let lat = division.centreLat, let lon = division.centreLon else { continue }
            svg.append("<g class=\"centre\"><circle cx=\"\(x(lon))\" cy=\"\(y(lat))\" r=\"5\"/>")
            svg.append(
                "<text x=\"\(x(lon))\" y=\"\(y(lat))\" dx=\"8\" dy=\"-6\">\(HTMLText.escape(lang.t(division.name, division.nameEN)))</text></g>"
            )
        }
        svg.append("</svg>")
        return svg.joined(separator: "\n")
    }

    /// The legend under the map (HTML, so it wraps).
    func legend() -> String {
        func swatch(_ fill: String, _ stroke: String, _ text: String) -> String {
            "<span class=\"swatch\"><svg width=\"14\" height=\"14\" viewBox=\"0 0 14 14\"><circle cx=\"7\" cy=\"7\" r=\"5\" fill=\"\(fill)\" stroke=\"\(stroke)\" stroke-width=\"1.6\"/></svg>\(HTMLText.escape(text))</span>"
        }
        let elder = Self.colour(.elder)
        let child = Self.colour(.childcare)
        return "<p class=\"legend\">"
            + swatch(elder, elder, lang.t("养老 · 认定有效", "elder care · certified"))
            + swatch("#fff", elder, lang.t("养老 · 运营中未认定", "elder care · operating, not certified"))
            + swatch(child, child, lang.t("托育 · 认定有效", "childcare · certified"))
            + swatch("#fff", child, lang.t("托育 · 运营中未认定", "childcare · operating, not certified"))
            + swatch("#adb5bd", "#adb5bd", lang.t("停业、暂停或未开业", "closed, suspended or not yet open"))
            + swatch("#212529", "#212529", lang.t("区县中心（近似）", "district centre (approximate)"))
            + "</p>"
    }
}
