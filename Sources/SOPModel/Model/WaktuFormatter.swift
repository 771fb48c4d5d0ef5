import SOPCore

/// Durations in words for people: "1 jam 40 menit", "31 hari kerja", "3 jam + 1 x 24 jam".
public enum WaktuFormatter {
    public static func format(_ total: WaktuTotal, _ language: Language) -> String {
        guard !total.isEmpty else { return "-" }
        var parts = total.parts
        // Like units summed (tester 16, finding 14): whole multiples of 24 hours beside calendar
        // days are days ("1 x 24 jam + 5 hari" is "6 hari").
        if let hours = parts[.calendarMinutes], let days = parts[.calendarDays],
            hours.lowerBound.truncatingRemainder(dividingBy: 1440) == 0,
            hours.upperBound.truncatingRemainder(dividingBy: 1440) == 0
        {
            parts[.calendarDays] = (days.lowerBound + hours.lowerBound / 1440)...(days.upperBound + hours.upperBound / 1440)
            parts[.calendarMinutes] = nil
        }
        return WaktuTotal.Part.allCases.compactMap { part in
            parts[part].map { format(part: part, range: $0, language) }
        }.joined(separator: " + ")
    }

    /// Minutes as "40 menit", "1 jam 40 menit" ("40 min", "1 h 40 min").
    public static func minutes(_ value: Double, _ language: Language) -> String {
        let rounded = (value * 10).rounded() / 10
        let hours = Int(rounded / 60)
        let rest = rounded - Double(hours * 60)
        let (h, m) = language == .en ? ("h", "min") : ("jam", "menit")
        if hours == 0 { return "\(number(rest, language)) \(m)" }
        if rest == 0 { return "\(hours) \(h)" }
        return "\(hours) \(h) \(number(rest, language)) \(m)"
    }

    public static func number(_ value: Double, _ language: Language) -> String {
        if value == value.rounded() { return String(Int(value)) }
        let text = String((value * 100).rounded() / 100)
        return language == .en ? text : text.replacingOccurrences(of: ".", with: ",")
    }

    private static func format(part: WaktuTotal.Part, range: ClosedRange<Double>, _ language: Language) -> String {
        func amount(_ format: (Double) -> String) -> String {
            range.lowerBound == range.upperBound
                ? format(range.lowerBound) : "\(format(range.lowerBound))–\(format(range.upperBound))"
        }
        let en = language == .en
        switch part {
        case .workingMinutes:
            return amount { minutes($0, language) }
        case .calendarMinutes:
            if range.lowerBound.truncatingRemainder(dividingBy: 1440) == 0,
                range.upperBound.truncatingRemainder(dividingBy: 1440) == 0
            {
                return amount { number($0 / 1440, language) } + (en ? " × 24 h" : " x 24 jam")
            }
            return amount { minutes($0, language) } + (en ? " (calendar)" : " (kalender)")
        case .calendarDays:
            return amount { number($0, language) } + (en ? " days" : " hari")
        case .workingDays:
            return amount { number($0, language) } + (en ? " working days" : " hari kerja")
        case .months:
            return amount { number($0, language) } + (en ? " months" : " bulan")
        }
    }
}

extension SOP {
    /// The rows of the printed table: consecutive steps sharing a printed number are one row
    /// (parallel work drawn side by side); every other step is a row of its own.
    public var rows: [[Step]] {
        steps.rowRanges.map { Array(steps[$0]) }
    }

    /// The sum of the waktu of every row; a row done in parallel counts once, by its longest step.
    /// A standard counted from an earlier step (`dihitung_sejak`) stands for every row it spans.
    /// A row outside the service limit (`di_luar_batas_layanan`) is left out.
    public var totalWaktu: WaktuTotal { totalWaktu(rowsWhere: { _ in true }) }

    /// The total over the printed rows (step ranges) `included` keeps.
    func totalWaktu(rowsWhere included: (Range<Int>) -> Bool) -> WaktuTotal {
        var total = WaktuTotal()
        let covered = spannedRows
        let ranges = steps.rowRanges
        for (index, row) in rows.enumerated() where !covered.contains(index) && included(ranges[index]) {
            // A row outside the service limit (`di_luar_batas_layanan`) is no part of the total.
            let durations = row.compactMap { $0.mutuBaku.countedFrom == nil && !isOutsideServiceLimit($0) ? $0.mutuBaku.waktu?.totalDuration : nil }
            let parts = Set(durations.map(\.totalPart.part))
            if durations.count > 1, parts.count == 1,
                let longest = durations.max(by: { $0.high * $0.totalPart.factor < $1.high * $1.totalPart.factor })
            {
                total.add(longest)
            } else {
                durations.forEach { total.add($0) }
            }
        }
        for span in outerSpans where included(ranges[span.rows.lowerBound]) { total.add(span.duration) }
        return total
    }
}
