import PuhuiCore

extension LocalDate {
    /// The day in Nantong (UTC+8) of a UTC timestamp `YYYY-MM-DDTHH:MM:SSZ`; nil if malformed.
    static func chinaDay(ofTimestamp timestamp: String) -> LocalDate? {
        let text = Array(timestamp.utf8)
        guard text.count >= 13, let day = try? LocalDate(parsing: String(decoding: text[0..<10], as: UTF8.self)),
            let hour = Int(String(decoding: text[11..<13], as: UTF8.self))
        else { return nil }
        return hour >= 16 ? day.adding(days: 1) : day
    }
}
