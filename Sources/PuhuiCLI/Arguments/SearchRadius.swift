import ArgumentParser
import Foundation
import Registry

/// A search radius in whole metres, 50–50,000 (`NearbyQuery.radiusRange`): `--radius 3000`.
struct SearchRadius: TypedArgument, Hashable, CustomStringConvertible {
    let metres: Int

    /// 1,000 m, the 15-minute walk (一刻钟便民生活圈).
    static let standard = SearchRadius(checked: Int(NearbyQuery.defaultRadius))

    private init(checked metres: Int) {
        self.metres = metres
    }

    static func parse(_ text: String) throws(ArgumentValueError) -> SearchRadius {
        let low = Int(NearbyQuery.radiusRange.lowerBound)
        let high = Int(NearbyQuery.radiusRange.upperBound)
        let cleaned = TextNormalisation.asciiDigits(text).trimmingCharacters(in: .whitespaces)
        guard cleaned.allSatisfy({ $0.isASCII && $0.isNumber }), let metres = Int(cleaned),
            (low...high).contains(metres)
        else {
            throw ArgumentValueError(
                value: text,
                accepted: LocalizedText(
                    zh: "请给 \(low) 到 \(high) 之间的整数米数，例如 3000", en: "give whole metres from \(low) to \(high), e.g. 3000"
                ))
        }
        return SearchRadius(checked: metres)
    }

    var description: String { String(metres) }
}
