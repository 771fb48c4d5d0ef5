import Foundation
import SOPCore

/// A decision's exit as the desk offers it (tester 10, finding 5): its drawn label, or for an
/// exit drawn as a plain arrow the row it leads to, whether that goes back up the table, and
/// the word the row's Keterangan gives it ("Jika benar lanjut ke kegiatan no. 5; jika salah
/// kembali ke kegiatan no. 3.b": "benar", "salah").
public struct DeskExit: Sendable, Equatable {
    /// The label as drawn; "" for a plain arrow.
    public let label: String
    /// The printed row the exit leads to (its id for an unnumbered row, "selesai" for the end).
    public let row: String
    /// The exit leads to a row above the decision (a loop back: "kembali ke kegiatan 3.b").
    public let back: Bool
    /// The exit ends the case.
    public let ends: Bool
    /// For a plain arrow, the word the Keterangan names it by, when it does so unambiguously.
    public let said: String?

    /// The name an operator may type besides the number: the label, else the Keterangan's word.
    public var name: String? { label.isEmpty ? said : label }
}

extension Step {
    /// The row's Keterangan on one line, as the desk shows it; nil when the cell is empty or
    /// printed as "-".
    public var keteranganLine: String? {
        guard let text = keterangan?.split(whereSeparator: \.isNewline).map({ $0.trimmingWhitespace() })
            .filter({ !$0.isEmpty }).joined(separator: " "), !text.isEmpty, text != "-"
        else { return nil }
        return text
    }
}

extension SOP {
    /// The Keterangan a box shows at the desk: its own, else its printed row's (written on the
    /// row's first box: "Dikerjakan bersamaan oleh masing-masing petugas" is the row's rule, and
    /// the row's later boxes show it too; tester 31 F6).
    public func keteranganLine(of index: Int) -> String? {
        if let own = steps[index].keteranganLine { return own }
        guard let row = boxRow(of: index), row.lowerBound != index else { return nil }
        return steps[row.lowerBound].keteranganLine
    }

    /// The exits of a decision step, in the order written; empty for any other step.
    public func deskExits(of step: Step) -> [DeskExit] {
        guard case .decision(let decision) = step.flow else { return [] }
        let here = stepIndex(step.id.value) ?? 0
        let said = KeteranganExits.words(of: step)
        return decision.branches.enumerated().map { offset, branch in
            var back = false
            if case .step(let id) = branch.target.value, let there = stepIndex(id) { back = there <= here }
            return DeskExit(label: branch.label.value, row: branch.targetRow ?? branch.target.value.text, back: back,
                            ends: branch.target.value == .end, said: said[offset])
        }
    }
}

extension Branch {
    /// Whether the exit leads to the printed row a Keterangan or an operator names ("3a" for a
    /// row printed `3.a`: `RowNumber`), or to the step of that id.
    public func leadsToRow(_ row: String) -> Bool {
        RowNumber.same(targetRow ?? target.value.text, row) || target.value.text.lowercased() == row.lowercased()
    }
}

/// Reads a decision row's Keterangan for the words that name its unlabelled exits: each clause
/// "jika|apabila|bila|kalau X[,] [maka] [lanjut|kembali|diteruskan|dikembalikan] ke [kegiatan]
/// [no.|nomor] N" names the exit to row N by X (one to eight words). Used only when it is
/// clear: every unlabelled exit is named exactly once, by distinct words that are neither a
/// number nor another exit's label, and every row named is one of the decision's exits;
/// otherwise nothing (the desk then shows the Keterangan beside the rows).
public enum KeteranganExits {
    /// Branch index → word, for the decision's unlabelled exits: the Keterangan's, else the
    /// other half of a yes/no pair (`yesNoPair`).
    public static func words(of step: Step) -> [Int: String] {
        let named = keteranganWords(of: step)
        guard named.isEmpty, step.keterangan.map(clauses)?.isEmpty ?? true else { return named }
        return yesNoPair(step)
    }

    /// Two exits, one labelled and the other a plain arrow, and a Keterangan whose clauses name
    /// no row: every officer reads the arrow as the label's negation, and the desk names it so:
    /// "Tidak" beside "Ya" (tester 22, finding 9), "Ya" beside a lone "Tidak", "Tidak lengkap"
    /// beside "Lengkap" and "Lengkap" beside "Tidak lengkap" (tester 25, finding 3).
    static func yesNoPair(_ step: Step) -> [Int: String] {
        guard case .decision(let decision) = step.flow, decision.branches.count == 2,
            let plain = decision.branches.firstIndex(where: \.isUnlabelled)
        else { return [:] }
        let other = decision.branches[1 - plain]
        guard !other.isUnlabelled, let negation = negation(of: other.label.value) else { return [:] }
        return [plain: negation]
    }

    /// The opposite of an exit's label: "Ya" ↔ "Tidak", "Lengkap" → "Tidak lengkap", "Tidak
    /// sesuai" / "Belum lengkap" / "Bukan wewenang" → "Sesuai" / "Lengkap" / "Wewenang"; nil for a
    /// label of no letters.
    static func negation(of label: String) -> String? {
        let text = PrintedLine.of(label).trimmingWhitespace()
        let lowered = text.lowercased()
        switch lowered {
        case "ya": return "Tidak"
        case "tidak", "belum", "bukan": return "Ya"
        default: break
        }
        guard text.contains(where: \.isLetter) else { return nil }
        for word in ["tidak ", "belum ", "bukan "] where lowered.hasPrefix(word) {
            let rest = text.dropFirst(word.count).trimmingWhitespace()
            return rest.prefix(1).uppercased() + rest.dropFirst()
        }
        // "Lengkap" → "Tidak lengkap"; an acronym or a capitalised name keeps its case ("Tidak OK").
        let second = text.dropFirst().first
        let first = second?.isLowercase == true ? text.prefix(1).lowercased() : String(text.prefix(1))
        return "Tidak " + first + text.dropFirst()
    }

    private static func keteranganWords(of step: Step) -> [Int: String] {
        guard case .decision(let decision) = step.flow, let text = step.keterangan,
            decision.branches.contains(where: \.isUnlabelled)
        else { return [:] }
        var named: [Int: String] = [:]
        for (word, row) in clauses(text) {
            let matching = decision.branches.indices.filter { decision.branches[$0].leadsToRow(row) }
            guard matching.count == 1, let index = matching.first else { return [:] }
            guard decision.branches[index].isUnlabelled else { continue }  // a drawn label says it already
            if let earlier = named[index], earlier.lowercased() != word.lowercased() { return [:] }
            named[index] = word
        }
        let unlabelled = decision.branches.indices.filter { decision.branches[$0].isUnlabelled }
        let words = named.values.map { $0.lowercased() }
        let labels = Set(decision.branches.map { $0.label.value.lowercased() })
        guard Set(named.keys) == Set(unlabelled), Set(words).count == words.count,
            words.allSatisfy({ Int($0) == nil && !labels.contains($0) })
        else { return [:] }
        return named
    }

    /// The (word, row) pairs of the text's "jika X … ke kegiatan N" clauses, in order.
    public static func clauses(_ text: String) -> [(word: String, row: String)] {
        guard let pattern = pattern() else { return [] }
        let range = NSRange(text.startIndex..., in: text)
        return pattern.matches(in: text, range: range).compactMap { match in
            guard let word = Range(match.range(at: 1), in: text), let row = Range(match.range(at: 2), in: text) else { return nil }
            return (String(text[word]).trimmingWhitespace(), String(text[row]))
        }
    }

    /// Compiled at each use: a decision's Keterangan is read when its step is shown, not in a loop.
    private static func pattern() -> NSRegularExpression? {
        // One to eight words; a word may hold a bracket or a slash ("sudah terekam (rekam
        // ulang/cetak ulang)"): tester 28, finding 5 (four words were not read).
        let condition = #"(?:jika|apabila|bila|kalau)\s+((?:[^\s;:.,]+\s+){0,7}?[^\s;:.,]+)"#
        let verb = #"(?:\s*,)?\s+(?:maka\s+)?(?:(?:lanjut(?:kan)?|kembali|diteruskan|dikembalikan)\s+)?"#
        // The row as printed (`RowNumber`): 3, 3.b, 3b, 3 b, 3(b), 12.a.1, or a Roman III.
        let part = #"(?:\.[\p{L}\d]+|\p{L}{1,2}(?!\p{L})|\s\p{L}(?![\p{L}\d])|\s?\([\p{L}\d]{1,3}\))"#
        let row = #"ke\s+(?:kegiatan\s+)?(?:(?:no|nomor)\.?\s*)?((?:\d+|(?-i:[IVXLC]+)(?!\p{L}))"# + part + "*)"
        // A literal: the tests (KeteranganExitsTests) fail at once should it not compile.
        return try? NSRegularExpression(pattern: #"(?i)\b"# + condition + verb + row + #"(?![\p{L}\d])"#)
    }
}
