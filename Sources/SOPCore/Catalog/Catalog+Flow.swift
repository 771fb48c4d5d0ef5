/// What the flow as drawn says: optional steps, alternatives, outcome ends.
extension Catalog {
    public enum Flow {
        public static func notOptional(_ step: String) -> Localized {
            Localized(id: "kegiatan \(step) tidak opsional; hanya kegiatan 'opsional: ya' yang boleh dilewati",
                      en: "step \(step) is not optional; only steps marked 'opsional: ya' may be skipped")
        }

        public static let skipNeedsReason = Localized(
            id: "melewati kegiatan memerlukan alasan, mis. /lewati lokasi kerja tidak perlu diserahkan",
            en: "skipping a step needs a reason, e.g. /skip no work site to hand over")

        public static func skipDecision(_ step: String) -> Localized {
            Localized(id: "kegiatan \(step) adalah keputusan; pilih cabangnya, tidak dapat dilewati",
                      en: "step \(step) is a decision; choose its branch, it cannot be skipped")
        }

        public static let withdrawnByOutcome = Localized(
            id: "kasus berakhir dengan hasil akhir", en: "the case ended with an outcome")

        public static func alternativeChosen(_ step: String) -> Localized {
            Localized(id: "dikerjakan kegiatan \(step) sebagai gantinya", en: "step \(step) was done instead")
        }

        public static func skipped(_ step: String, reason: String) -> Localized {
            Localized(id: "Kegiatan \(step) dilewati: \(reason)", en: "Step \(step) skipped: \(reason)")
        }

        /// The end of a case whose last step hands the work on to another SOP of the folder (tester 31 F8).
        public static func continuedBySOP(_ nomor: String, judul: String, command: String) -> Localized {
            Localized(id: "Pekerjaan ini dilanjutkan dengan SOP \(nomor) · \(judul); mulai kasusnya dengan: \(command)",
                      en: "This work continues under SOP \(nomor) · \(judul); start its case with: \(command)")
        }

        public static func endedWithOutcome(_ outcome: String) -> Localized {
            Localized(id: "Kasus selesai dengan hasil akhir: \(outcome)", en: "Case ended with the outcome: \(outcome)")
        }

        public static let optionalHint = Localized(
            id: "opsional (apabila diperlukan): /lewati ALASAN untuk melewatinya",
            en: "optional (if needed): /skip REASON to leave it out")

        public static func unlabelledExit(_ target: String) -> Localized {
            Localized(id: "ke kegiatan \(target) (tanpa label)", en: "to step \(target) (no label)")
        }

        public static func rowOf(_ row: Int, _ total: Int, actor: String, visit: Int) -> Localized {
            visit > 1
                ? Localized(id: "Kegiatan \(row) dari \(total) · bagian \(actor) (kunjungan ke-\(visit))",
                            en: "Step \(row) of \(total) · part of \(actor) (visit \(visit))")
                : Localized(id: "Kegiatan \(row) dari \(total) · bagian \(actor)",
                            en: "Step \(row) of \(total) · part of \(actor)")
        }
    }
}

/// What `sop lint` says of the flow as drawn.
extension Catalog.Flow {
    public enum Summary {
        public static let outcomeFlowsOn = Localized(
            id: "hasil_akhir pada kegiatan yang masih berlanjut", en: "hasil_akhir on a step whose flow goes on")
        public static let rowKindMisplaced = Localized(
            id: "baris ditulis bukan pada kotak pertama baris berkotak banyak",
            en: "baris written other than on the first box of a row of several boxes")
        public static let recorderNotStaff = Localized(
            id: "dicatat_oleh tidak menyebut peran staf", en: "dicatat_oleh does not name a staff role")
        public static let optionalDecision = Localized(
            id: "keputusan ditandai opsional", en: "decision marked optional")
        public static let arrowLabelMisplaced = Localized(
            id: "label_lanjut pada kegiatan tanpa satu panah polos", en: "label_lanjut on a step without one plain arrow")
        public static let joinMissingBranch = Localized(
            id: "gabungan (menunggu) yang tidak menyebut semua cabang yang masuk",
            en: "join (menunggu) that does not name every branch coming in")
        public static let listSplitAtComma = Localized(
            id: "butir daftar yang mungkin terpotong oleh koma YAML", en: "list item YAML may have split at a comma")
    }

    public static func outcomeFlowsOn(_ key: String) -> Localized {
        Localized(id: "kegiatan dengan hasil_akhir mengakhiri kasus; '\(key)' tidak berlaku",
                  en: "a step with hasil_akhir ends the case; '\(key)' cannot apply")
    }

    public static let rowKindMisplaced = Localized(
        id: "'baris' ditulis pada kotak pertama dari beberapa kegiatan ber-no sama",
        en: "'baris' is written on the first of several steps sharing a no")

    public static func recorderNotStaff(_ id: String) -> Localized {
        Localized(id: "dicatat_oleh '\(id)' bukan pelaksana berjenis staf", en: "dicatat_oleh '\(id)' is not a staff actor")
    }

    public static let optionalDecision = Localized(
        id: "keputusan tidak dapat dilewati; tandai cabangnya, bukan 'opsional'",
        en: "a decision cannot be skipped; draw its branches instead of 'opsional'")

    public static let arrowLabelMisplaced = Localized(
        id: "label_lanjut hanya untuk kegiatan dengan satu panah polos (lanjut atau baris berikutnya); label cabang ditulis di cabang",
        en: "label_lanjut is for a step with one plain arrow (lanjut or the next row); branch labels go on the branches")

    public static func joinMissingBranch(_ join: String, missing: String) -> Localized {
        Localized(id: "kegiatan \(join) menunggu cabang paralel, tetapi cabang dari '\(missing)' tidak ditulis di menunggu; kegiatan \(join) akan dimulai sebelum cabang itu selesai",
                  en: "step \(join) joins parallel branches, but the branch from '\(missing)' is not in menunggu; step \(join) would start before it is done")
    }

    public static func listSplitAtComma(_ previous: String, _ item: String) -> Localized {
        Localized(id: "YAML memotong '[\(previous), \(item)]' menjadi dua butir; bila satu butir, beri tanda kutip: \"\(previous), \(item)\"; bila memang dua butir, tulis satu butir per baris ('- \(previous)' lalu '- \(item)')",
                  en: "YAML split '[\(previous), \(item)]' into two items; if it is one, quote it: \"\(previous), \(item)\"; if it really is two, write one item per line ('- \(previous)' then '- \(item)')")
    }
}

/// What `sop show` prints of the flow as drawn.
extension Catalog.Flow {
    public static let noLabel = Localized(id: "(tanpa label)", en: "(no label)")
    public static let optionalStep = Localized(id: "opsional (apabila diperlukan)", en: "optional (if needed)")
    public static let notDrawn = Localized(id: "syarat hanya dalam teks; bagan digambar lurus",
                                           en: "condition in the text only; drawn as a straight line")

    public static func outcome(_ text: String) -> Localized {
        Localized(id: "hasil akhir: \(text)", en: "outcome: \(text)")
    }

    public static func arrowLabel(_ text: String) -> Localized {
        Localized(id: "panah berlabel \"\(text)\"", en: "arrow labelled \"\(text)\"")
    }

    public static func rowKind(_ kind: String) -> Localized {
        switch kind {
        case "berurutan": Localized(id: "baris berurutan: dari kotak ke kotak", en: "row in sequence: box to box")
        case "pilihan": Localized(id: "baris pilihan: satu kotak saja dikerjakan", en: "row of alternatives: one box is done")
        case "terpisah": Localized(id: "baris terpisah: tiap kotak di jalurnya sendiri", en: "row of separate paths: each box on its own path")
        default: Localized(id: "baris paralel: semua kotak bersamaan", en: "parallel row: every box at once")
        }
    }

    public static let outcomes = Localized(id: "berakhir dengan hasil akhir", en: "ended with an outcome")
}

/// Lint messages of the tables and exits as drawn.
extension Catalog.Flow {
    public static let exitDuplicateSummary = Localized(
        id: "dua jalan keluar tanpa label menuju kegiatan yang sama", en: "two unlabelled exits to the same step")
    public static let tableActorMissingSummary = Localized(
        id: "pelaksana kegiatan bukan kolom tabelnya", en: "step performer is not a column of its table")

    public static func exitDuplicate(_ target: String) -> Localized {
        Localized(id: "dua jalan keluar tanpa label menuju '\(target)'; di meja layanan keduanya tidak dapat dibedakan",
                  en: "two unlabelled exits lead to '\(target)'; at the desk they cannot be told apart")
    }

    public static func tableActorMissing(_ actor: String, table: String) -> Localized {
        Localized(id: "pelaksana '\(actor)' tidak termasuk kolom pelaksana tabel \(table); tambahkan ke 'pelaksana' tabel itu",
                  en: "actor '\(actor)' is not among the actor columns of table \(table); add it to that table's 'pelaksana'")
    }
}
