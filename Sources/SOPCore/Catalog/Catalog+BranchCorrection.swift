/// Correcting a decision's branch (tester 34, F3: a failed vehicle sent on as "Lulus uji? Ya"
/// could not be sent back): `sop correct --cabang`, and the web correction form.
extension Catalog {
    public enum BranchCorrection {
        public static let optionHelp = Localized(
            id: "Cabang keputusan yang benar (kata atau nomor pilihan), untuk keputusan terakhir kasus.",
            en: "The right branch of the decision (its word or number), for the case's latest decision.")

        public static func notADecision(_ step: String, decisions: [String]) -> Localized {
            let known = decisions.isEmpty ? "-" : decisions.joined(separator: ", ")
            return Localized(id: "kegiatan \(step) bukan keputusan; --cabang hanya untuk kegiatan keputusan (yang ada: \(known))",
                             en: "step \(step) is not a decision; --cabang is only for decision steps (there are: \(known))")
        }

        public static func notTaken(_ step: String) -> Localized {
            Localized(id: "keputusan kegiatan \(step) belum diambil pada kasus ini; cabangnya dipilih di kegiatan itu sendiri",
                      en: "the decision of step \(step) has not been taken in this case; its branch is chosen at the step itself")
        }

        public static func notYourDecision(_ step: String, role: String) -> Localized {
            Localized(id: "cabang kegiatan \(step) hanya dapat dikoreksi oleh peran \(role) (yang mengambil keputusan itu)",
                      en: "the branch of step \(step) can only be corrected in the role \(role) (which took that decision)")
        }

        public static func sameBranch(_ step: String, branch: String) -> Localized {
            Localized(id: "kegiatan \(step) sudah bercabang \(branch); tidak ada yang diubah",
                      en: "step \(step) already took the branch \(branch); nothing changed")
        }

        /// The case went on past the steps the decision started: a later step recorded answers,
        /// or a later decision was taken. What to do instead, and by whom.
        public static func tooLate(_ step: String, recordedAt: String, by: String, waitingRole: String?) -> Localized {
            let stop = waitingRole.map {
                (id: " Bila kasus harus dihentikan: pemegang peran \($0) (yang kini memegang kasus) dapat menjedanya (/jeda) atau membatalkannya dengan alasan (/batal …, lalu daftarkan ulang); jawaban yang salah dikoreksi dengan sop correct --isian/--kelengkapan/--output.",
                 en: " If the case must be stopped: the holder of the role \($0) (who holds the case now) can pause it (/jeda) or cancel it with a reason (/batal …, then register it again); wrong answers are corrected with sop correct --isian/--kelengkapan/--output.")
            } ?? (id: "", en: "")
            return Localized(
                id: "cabang kegiatan \(step) tidak dapat dikoreksi lagi: kegiatan \(recordedAt) sudah mencatat jawaban (\(by)); koreksi cabang hanya selama kegiatan yang dimulai cabang itu belum mencatat apa pun." + stop.id,
                en: "the branch of step \(step) can no longer be corrected: step \(recordedAt) has already recorded answers (\(by)); a branch is corrected only while the steps it started have recorded nothing." + stop.en)
        }

        /// Why a visit the wrong branch started was closed (stored with its completion, in Indonesian).
        public static func closedReason(_ step: String, to branch: String) -> Localized {
            Localized(id: "dikoreksi: cabang kegiatan \(step) diubah menjadi \(branch)",
                      en: "corrected: the branch of step \(step) changed to \(branch)")
        }

        public static func corrected(case id: String, step: String, question: String, from: String, to: String, closed: [String],
                                     waiting: String) -> Localized {
            let shut = closed.isEmpty ? (id: "", en: "") :
                (id: " Kegiatan \(closed.joined(separator: ", ")) ditutup (dikoreksi, tidak dihitung selesai).",
                 en: " Step \(closed.joined(separator: ", ")) closed (corrected, not counted as done).")
            return Localized(
                id: "✓ Kasus \(id): cabang kegiatan \(step) (\(question)) dikoreksi dari \(from) menjadi \(to).\(shut.id) \(waiting) Pilihan asli tetap tercatat (sop case \(id)).",
                en: "✓ Case \(id): the branch of step \(step) (\(question)) corrected from \(from) to \(to).\(shut.en) \(waiting) The original choice stays recorded (sop case \(id)).")
        }

        public static func nowWaiting(_ steps: [String]) -> Localized {
            steps.isEmpty ? Localized(id: "Kasus selesai.", en: "The case is complete.")
                : Localized(id: "Kasus kini menunggu di kegiatan \(steps.joined(separator: ", ")).",
                            en: "The case now waits at step \(steps.joined(separator: ", ")).")
        }

        /// The timeline's line (`sop case`, the web timeline).
        public static func line(from: String, to: String, reason: String, by: String, at: String) -> Localized {
            Localized(id: "Koreksi cabang (\(by), \(at)): \(from) menjadi \(to) · alasan: \(reason)",
                      en: "Branch correction (\(by), \(at)): \(from) changed to \(to) · reason: \(reason)")
        }

        /// The web form's choice for a decision's branch.
        public static let formChoice = Localized(id: "Cabang keputusan", en: "Decision branch")
        public static let formHint = Localized(
            id: "Cabang: tulis kata atau nomor cabang yang benar (mis. Tidak); kegiatan yang dimulai cabang yang salah ditutup.",
            en: "Branch: write the right branch's word or number (e.g. Tidak); the steps the wrong branch started are closed.")
        public static let eventType = Localized(id: "cabang dikoreksi", en: "branch corrected")
    }
}
