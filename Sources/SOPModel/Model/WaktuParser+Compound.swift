/// A compound duration printed with commas between its units ("2 jam, 30 menit", "1 hari, 2
/// jam"): one standard, not a list of several. The cell is read as the compound without the
/// commas when only a comma stands between the parts and the compound reads as one duration
/// (larger unit first); "30 menit, 2 jam" or "5 menit, 10 menit" stay several durations.
extension WaktuParser {
    static func commaCompound(_ found: [Match], tokens: [Token], parts: [String]) -> WaktuReading? {
        guard found.count > 1 else { return nil }
        // Between two parts: one comma and nothing else.
        for (left, right) in zip(found, found.dropFirst()) {
            let between = tokens[left.end..<right.start]
            guard between.count == 1, between.first?.symbol == "," else { return nil }
        }
        let joined = parts.joined(separator: " ")
        guard case .exact(let duration) = read(joined) else { return nil }
        return .inText(duration, read: joined)
    }
}

extension WaktuReading {
    /// Of several durations, the longest: the example the note gives for `waktu_baku` (never
    /// the smaller part of what may be one compound).
    static func longest(_ parts: [String]) -> String? {
        parts.max { weight($0) < weight($1) }
    }

    private static func weight(_ text: String) -> Double {
        guard case .exact(let duration) = WaktuParser.read(text) else { return 0 }
        return duration.high * duration.totalPart.factor
    }
}
