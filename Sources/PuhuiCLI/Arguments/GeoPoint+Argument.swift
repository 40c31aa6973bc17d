import ArgumentParser
import PuhuiOutput
import Registry

// MARK: - TypedArgument

/// A point `LAT,LON` in decimal degrees (a full-width comma or spaces allowed, as people paste
/// it from a map), for `search --near`. A southern or western coordinate begins with `-`, so the
/// option parses unconditionally.
extension GeoPoint: TypedArgument {
    // `public` only because the type is public and so is ArgumentParser's protocol: the
    // witness must be as visible as both. The command line is its only user.
    public init?(argument: String) {
        guard let value = try? Self.parse(argument) else { return nil }
        self = value
    }

    static func parse(_ text: String) throws(ArgumentValueError) -> GeoPoint {
        guard let point = SearchParameters.parsePoint(text) else {
            throw ArgumentValueError(
                value: text,
                accepted: LocalizedText(
                    zh: "请写十进制度数的 纬度,经度（纬度 -90 到 90，经度 -180 到 180），例如 32.0100,120.8600",
                    en:
                        "give LAT,LON in decimal degrees (latitude -90 to 90, longitude -180 to 180), e.g. 32.0100,120.8600"
                ))
        }
        return point
    }

    /// The point as `LAT,LON` text that `SearchParameters.parsePoint` reads back exactly
    /// (Swift prints a `Double` with the fewest digits that round-trip).
    var argumentText: String { "\(lat),\(lon)" }
}
