import Foundation

/// The SOP a case's last step hands the work on to ("Usulan … dilanjutkan sesuai SOP Penerbitan
/// KIS-PBI", tester 31 F8): named in the step's uraian, Keterangan or `hasil_akhir`, found in the
/// folder by its nomor ("SOP 08", "SOP nomor 08") or its judul ("SOP Penerbitan KIS-PBI" for the
/// judul "Penerbitan KIS-PBI" or "Pelayanan Penerbitan KIS-PBI"). Nil when the step names no
/// SOP, or names one the folder does not hold, or one the folder holds twice.
public enum HandOff {
    public struct Target: Sendable, Equatable {
        public let nomor: String
        public let judul: String
        public init(nomor: String, judul: String) {
            self.nomor = nomor
            self.judul = judul
        }
    }

    /// The texts of the step that ended the case: its uraian, Keterangan and outcome.
    public static func texts(of step: Step) -> [String] {
        [step.uraian.value, step.keterangan, step.drawn.outcome?.value].compactMap { $0 }
    }

    public static func target(in texts: [String], among sops: [Target], excluding nomor: String) -> Target? {
        let others = sops.filter { !ShortCode.matches($0.nomor, nomor) }
        var found: [Target] = []
        for text in texts {
            for name in mentions(in: text) {
                for other in others where !found.contains(other) && names(name, other) { found.append(other) }
            }
        }
        return found.count == 1 ? found[0] : nil
    }

    /// What follows each "SOP" word, up to the end of its clause: "Penerbitan KIS-PBI".
    public static func mentions(in text: String) -> [String] {
        let words = text.split(whereSeparator: \.isWhitespace).map(String.init)
        var mentions: [String] = []
        for (at, word) in words.enumerated() where word.trimmingCharacters(in: .punctuationCharacters).uppercased() == "SOP" {
            var name: [String] = []
            for next in words[(at + 1)...] {
                let ends = next.last.map { ",;.:)".contains($0) } ?? false
                let cleaned = ends ? String(next.dropLast()) : next
                if !cleaned.isEmpty { name.append(cleaned) }
                if ends { break }
            }
            if name.first?.lowercased() == "nomor" || name.first?.lowercased() == "no" { name.removeFirst() }
            if !name.isEmpty { mentions.append(name.joined(separator: " ")) }
        }
        return mentions
    }

    /// Whether a mention names the SOP: its nomor (the mention's first word), or its judul
    /// contained in the mention or the mention in its judul, spacing and case aside.
    static func names(_ mention: String, _ sop: Target) -> Bool {
        let first = mention.split(separator: " ").first.map(String.init) ?? mention
        if first.contains(where: \.isNumber), ShortCode.matches(sop.nomor, first) { return true }
        let said = key(mention), judul = key(sop.judul)
        guard said.count >= 4, judul.count >= 4 else { return false }
        return judul.contains(said) || said.contains(judul)
    }

    static func key(_ text: String) -> String {
        text.lowercased().split { !$0.isLetter && !$0.isNumber }.joined(separator: " ")
    }
}
