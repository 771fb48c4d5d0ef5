import SOPCore

/// The choice at the start of a case of an SOP whose tables are alternative procedures
/// (`alur_tabel: pilihan`): one table runs, named by its number or its heading.
public enum TableChoice {
    /// A heading printed on several lines, on one.
    public static func oneLine(_ title: String) -> String { PrintedLine.of(title) }

    /// The headings of the tables, one line each ("Tabel 3" where a table has none).
    public static func titles(of sop: SOP) -> [String] {
        sop.tables.enumerated().map { index, table in table.title.map { oneLine($0.value) } ?? "Tabel \(index + 1)" }
    }

    /// The question the desk asks, as a decision whose branches are the tables (each leading to
    /// its first step); nil when the SOP's tables are not alternatives.
    public static func decision(for sop: SOP, language: Language = .id) -> Decision? {
        let ranges = sop.alternativeTableRanges
        guard !ranges.isEmpty else { return nil }
        let titles = titles(of: sop)
        let branches = ranges.enumerated().compactMap { index, range -> Branch? in
            guard let first = range.first else { return nil }
            let step = sop.steps[first]
            return Branch(label: Located(titles[index], at: step.mark), target: Located(.step(step.id.value), at: step.mark))
        }
        return Decision(question: Located(Catalog.AlternativeTables.tableQuestion.text(language), at: Mark(line: 1, column: 1)),
                        branches: branches)
    }

    /// The table (1-based) an answer names: its number, its heading in any case, or a part of
    /// the heading found in no other ("521811").
    public static func table(_ answer: String, in sop: SOP) -> Int? {
        let text = answer.trimmingWhitespace()
        let titles = titles(of: sop)
        guard !text.isEmpty else { return nil }
        if let number = Int(text), titles.indices.contains(number - 1) { return number }
        let lowered = text.lowercased()
        if let exact = titles.firstIndex(where: { $0.lowercased() == lowered }) { return exact + 1 }
        let partial = titles.indices.filter { titles[$0].lowercased().contains(lowered) }
        return partial.count == 1 ? partial[0] + 1 : nil
    }
}

extension TableChoice {
    /// The total waktu as `sop list`, `sop show` and reports print it: one total, or, where the
    /// tables are alternatives, each table's own ("1. … : 3 hari; 2. …"), never their sum.
    public static func totalText(of sop: SOP, _ language: Language, separator: String = "; ") -> String {
        if let printed = sop.identity.printing.totalText { return printed.value }
        guard !sop.alternativeTableRanges.isEmpty else { return WaktuFormatter.format(sop.totalWaktu, language) }
        return sop.tables.indices.map { index in
            "\(index + 1): " + WaktuFormatter.format(sop.totalWaktu(table: index), language)
        }.joined(separator: separator)
    }
}
