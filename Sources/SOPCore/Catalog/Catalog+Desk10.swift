/// What the desk, the receipt, the timeline and `sop lint` say after an outside tester's findings
/// on their own SOPs (tester 10, branch desk10): the Keterangan at the desk, exits drawn without
/// a label named by where they lead, an end by a decision's exit told apart from a completion.
extension Catalog {
    public enum Desk10 {
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
        /// it when there is one ("benar (ke kegiatan 5)").
        public static func exitName(_ exit: Exit) -> Localized {
            guard exit.label.isEmpty else { return Localized(verbatim: exit.label) }
            let route = way(row: exit.row, back: exit.back, ends: exit.ends)
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

        public static func unknownBranch(_ choice: String, exits: [Exit]) -> Localized {
            Localized(id: "'\(choice)' bukan cabang keputusan ini (\(list(exits, numbered: true, in: .id))); "
                        + "jawab dengan nomor pilihan, kata pilihan seperti tertulis (atau sebagiannya) atau nomor kegiatan yang dituju",
                      en: "'\(choice)' is not a branch of this decision (\(list(exits, numbered: true, in: .en))); "
                        + "answer with the number of the choice, its words as shown (or part of them) or the number of the step it leads to")
        }

        /// Words that several branches hold ("tidak" for "tidak lengkap" and "tidak sesuai"):
        /// the branches they could name, to choose from (tester 16, finding 4).
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

        /// A step under a standard of days done by its deadline, or after it (the timeline).
        public static func withinDue(_ due: String) -> Localized {
            Localized(id: "tepat waktu, batas \(due)", en: "within, due \(due)")
        }

        public static func overDue(_ due: String) -> Localized {
            Localized(id: "MELEBIHI batas \(due)", en: "OVER, due \(due)")
        }

        /// `/lewati` on a step the SOP does not mark as one that may be left out.
        public static func notOptional(_ step: String) -> Localized {
            Localized(id: "kegiatan \(step) wajib dikerjakan; hanya kegiatan yang pada SOP ditandai boleh dilewati yang dapat dilewati",
                      en: "step \(step) must be done; only steps the SOP marks as optional may be skipped")
        }

        // MARK: A case ended by a decision's exit (finding 7)

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
}
