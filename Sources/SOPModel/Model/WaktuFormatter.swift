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

    /// The time of the longest single path through the rows, as a case's due date counts it
    /// (`Engine+PathDue`): the alternatives of a decision (rows 5a and 5b, an exit that ends
    /// the case early) take the longer, never their sum (tester 28, F13); a loop back counts
    /// once; a row done in parallel counts once, by its longest step. A standard counted from an
    /// earlier step (`dihitung_sejak`) stands for every row it spans. A row outside the service
    /// limit (`di_luar_batas_layanan`) is left out.
    public var totalWaktu: WaktuTotal { totalWaktu(rowsWhere: { _ in true }) }

    /// The total over the printed rows (step ranges) `included` keeps.
    func totalWaktu(rowsWhere included: (Range<Int>) -> Bool) -> WaktuTotal {
        let covered = spannedRows
        let ranges = steps.rowRanges
        var weight = [WaktuTotal](repeating: WaktuTotal(), count: ranges.count)
        for (index, row) in rows.enumerated() where !covered.contains(index) && included(ranges[index]) {
            // A row outside the service limit (`di_luar_batas_layanan`) is no part of the total.
            let durations = row.compactMap { $0.mutuBaku.countedFrom == nil && !isOutsideServiceLimit($0) ? $0.mutuBaku.waktu?.totalDuration : nil }
            let parts = Set(durations.map(\.totalPart.part))
            if durations.count > 1, parts.count == 1,
                let longest = durations.max(by: { $0.high * $0.totalPart.factor < $1.high * $1.totalPart.factor })
            {
                weight[index].add(longest)
            } else {
                durations.forEach { weight[index].add($0) }
            }
        }
        for span in outerSpans where included(ranges[span.rows.lowerBound]) { weight[span.rows.upperBound].add(span.duration) }
        return longestPath(over: weight, ranges: ranges, included: included)
            ?? weight.reduce(into: WaktuTotal()) { $0.add($1) }
    }

    /// The longest path's total over the rows' own totals, following the flow's arrows forward
    /// (an arrow back to an earlier row is a loop, counted once); nil when the flow cannot be
    /// followed so (a row reached only by an arrow back), and the rows are then added up.
    private func longestPath(over weight: [WaktuTotal], ranges: [Range<Int>], included: (Range<Int>) -> Bool) -> WaktuTotal? {
        guard !ranges.isEmpty else { return WaktuTotal() }
        let graph = FlowGraph(self)
        var rowOf = [Int](repeating: 0, count: steps.count)
        for (row, range) in ranges.enumerated() { for index in range { rowOf[index] = row } }
        let kept = ranges.indices.filter { included(ranges[$0]) }
        guard let first = kept.first else { return WaktuTotal() }
        var best = [WaktuTotal?](repeating: nil, count: ranges.count)
        for start in graph.starts.map({ rowOf[$0] }) where included(ranges[start]) { best[start] = weight[start] }
        if best.allSatisfy({ $0 == nil }) { best[first] = weight[first] }
        var result: WaktuTotal?
        for row in kept {
            guard let here = best[row] else { continue }
            let targets = ranges[row].flatMap { graph.targets(of: $0) }.map { rowOf[$0] }
            let forward = Set(targets.filter { $0 > row && included(ranges[$0]) })
            // A path ends where an arrow leads to the end, or nowhere; a row whose arrows only go
            // back is a loop's detour, not an end (as `Engine.latestEnd` counts).
            let ends = targets.isEmpty || ranges[row].contains { index in graph.successors(of: index).contains { $0.node == .end } }
                || targets.contains { !included(ranges[$0]) }
            if ends, result.map({ here.isLonger(than: $0) }) ?? true { result = here }
            for next in forward {
                var through = here
                through.add(weight[next])
                if best[next].map({ through.isLonger(than: $0) }) ?? true { best[next] = through }
            }
        }
        // Every row the flow reaches must have been reached going forward; else add them all up.
        let reachable = graph.reachable(from: graph.starts)
        for row in kept where best[row] == nil && ranges[row].contains(where: { reachable[$0] }) { return nil }
        return result ?? best.compactMap { $0 }.max { $1.isLonger(than: $0) }
    }
}
