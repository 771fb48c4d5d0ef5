/// A decision's exits: named at the desk by their label or where they lead, the Keterangan that
/// names them (and a Keterangan naming a row no exit leads to), and a case ended by an exit to
/// `selesai` told apart from a completion.
extension Catalog {
    public enum DecisionExits {}
}

extension Catalog.DecisionExits {
    public static let keteranganRowSummary = Localized(
        id: "Keterangan keputusan menyebut baris yang bukan jalan keluarnya",
        en: "a decision's Keterangan names a row none of its exits leads to")

    /// A "jika X … ke N" clause whose row none of the decision's exits leads to.
    public static func keteranganRow(_ row: String, exits: [String]) -> Localized {
        let list = Catalog.quoted(exits)
        return Localized(
            id: "Keterangan menyebut 'ke \(row)', tetapi tidak ada jalan keluar keputusan ini ke baris itu (jalan keluarnya ke \(list)); kata-kata Keterangan tidak dipakai di meja layanan",
            en: "the Keterangan says 'to \(row)', but no exit of this decision leads to that row (its exits lead to \(list)); the desk does not use the Keterangan's words")
    }

    public static let keteranganRowFix = Localized(
        id: "tulis nomor baris seperti tercetak pada kolom No. (3a, 3.a dan 3 a dianggap sama), atau perbaiki 'ke' pada cabang",
        en: "write the row number as printed in the No. column (3a, 3.a and 3 a are read alike), or correct the exit's 'ke'")

    /// A decision's exit as the desk words it: its drawn label, the row it leads to, whether
    /// that is back up the table or the end, and the word the Keterangan names it by.
    public typealias Exit = (label: String, said: String?, row: String, back: Bool, ends: Bool)

    /// The Keterangan column of the row, shown at the desk.
    public static let keterangan = Localized(id: "Keterangan", en: "Remarks")

    /// Where an exit drawn without a label leads: "ke kegiatan 5", "kembali ke kegiatan 3.b".
    public static func way(row: String, back: Bool, ends: Bool) -> Localized {
        if ends { return Localized(id: "selesai", en: "end") }
        return back ? Localized(id: "kembali ke kegiatan \(row)", en: "back to step \(row)")
            : Localized(id: "ke kegiatan \(row)", en: "to step \(row)")
    }

    /// An exit by its label; without one, by where it leads, after the Keterangan's word for
    /// it when there is one ("benar (ke kegiatan 5)"). A labelled exit back up the table says
    /// where it leads too ("Perbaikan (kembali ke kegiatan 7)": tester 25, finding 12).
    public static func exitName(_ exit: Exit) -> Localized {
        let route = way(row: exit.row, back: exit.back, ends: exit.ends)
        guard exit.label.isEmpty else {
            guard exit.back, !exit.ends else { return Localized(verbatim: exit.label) }
            return Localized(id: "\(exit.label) (\(route.id))", en: "\(exit.label) (\(route.en))")
        }
        guard let said = exit.said else { return route }
        return Localized(id: "\(said) (\(route.id))", en: "\(said) (\(route.en))")
    }

    static func list(_ exits: [Exit], numbered: Bool, in language: Language) -> String {
        let names = exits.map { exitName($0).text(language) }
        return numbered ? names.enumerated().map { "\($0.offset + 1). \($0.element)" }.joined(separator: ", ")
            : names.joined(separator: " / ")
    }

    /// The choices of a decision prompt: "1 ke kegiatan 5 / 2 kembali ke kegiatan 3.b".
    public static func choices(_ exits: [Exit]) -> Localized {
        func line(_ language: Language) -> String {
            exits.enumerated().map { "\($0.offset + 1) " + exitName($0.element).text(language) }.joined(separator: " / ")
        }
        return Localized(id: line(.id), en: line(.en))
    }

    /// Enter alone at a decision (tester 28, finding 12: it was echoed as "'' bukan cabang …").
    public static func noBranch(_ exits: [Exit]) -> Localized {
        Localized(id: "Pilih salah satu cabang (\(list(exits, numbered: true, in: .id))); "
                    + "jawab dengan nomor pilihan atau kata pilihan seperti tertulis",
                  en: "Choose one branch (\(list(exits, numbered: true, in: .en))); "
                    + "answer with the number of the choice or its words as shown")
    }

    public static func unknownBranch(_ choice: String, exits: [Exit]) -> Localized {
        Localized(id: "'\(choice)' bukan cabang keputusan ini (\(list(exits, numbered: true, in: .id))); "
                    + "jawab dengan nomor pilihan, kata pilihan seperti tertulis (atau sebagiannya) atau nomor kegiatan yang dituju",
                  en: "'\(choice)' is not a branch of this decision (\(list(exits, numbered: true, in: .en))); "
                    + "answer with the number of the choice, its words as shown (or part of them) or the number of the step it leads to")
    }

    /// Words that several branches hold ("tidak" for "tidak lengkap" and "tidak sesuai"):
    /// the branches they could name, to choose from.
    public static func ambiguousBranch(_ choice: String, exits: [(number: Int, exit: Exit)]) -> Localized {
        func named(_ language: Language) -> String {
            exits.map { "\($0.number). " + exitName($0.exit).text(language) }.joined(separator: ", ")
        }
        return Localized(id: "'\(choice)' cocok dengan lebih dari satu cabang (\(named(.id))); "
                           + "tulis kata pilihan lebih lengkap atau jawab dengan nomor pilihan",
                         en: "'\(choice)' fits more than one branch (\(named(.en))); "
                           + "write more of the choice's words or answer with its number")
    }

    public static func requirementBranch(_ exits: [Exit]) -> Localized {
        Localized(id: "cabang keputusan belum dipilih (\(list(exits, numbered: false, in: .id)))",
                  en: "no branch chosen (\(list(exits, numbered: false, in: .en)))")
    }

    /// The end of a case by a labelled exit to `selesai`, as the complainant and the lists read it.
    public static func endedBy(_ label: String) -> Localized {
        Localized(id: "Selesai: \(label)", en: "Ended: \(label)")
    }

    /// The complainant's answer (`sop status`, the receipt) for such a case.
    public static func statusEndedWith(_ outcome: String, at: String) -> Localized {
        Localized(id: "Selesai: \(outcome) (\(at))", en: "Ended: \(outcome) (\(at))")
    }

    /// The receipt's line under "Selesai pada" for such a case.
    public static let receiptOutcome = Localized(id: "Hasil", en: "Outcome")

    /// The status word of such a case in `sop cases` and the reports.
    public static func statusEndedBy(_ label: String) -> Localized {
        Localized(id: "selesai: \(label)", en: "ended: \(label)")
    }
}
