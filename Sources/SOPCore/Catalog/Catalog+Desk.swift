/// What the service desk reads while running a case (`sop run`) and in worklists.
extension Catalog {
    public enum Desk {
        public static func caseHeader(_ id: String, operatorName: String, roles: String, resumed: Bool) -> Localized {
            resumed
                ? Localized(id: "Kasus \(id) (dilanjutkan) · operator \(operatorName) · peran \(roles)",
                            en: "Case \(id) (resumed) · operator \(operatorName) · role \(roles)")
                : Localized(id: "Kasus \(id) · operator \(operatorName) · peran \(roles)",
                            en: "Case \(id) · operator \(operatorName) · role \(roles)")
        }

        public static func revision(_ date: String, hash: String) -> Localized {
            // A blank or "-" revision date says nothing: the sentence leaves it out.
            if Catalog.isBlankDate(date) {
                return Localized(id: "Mengikuti SOP (sha256 \(hash.prefix(12)))", en: "Following the SOP (sha256 \(hash.prefix(12)))")
            }
            return Localized(id: "Mengikuti SOP revisi \(date) (sha256 \(hash.prefix(12)))",
                             en: "Following the SOP as revised \(date) (sha256 \(hash.prefix(12)))")
        }

        public static func stepOf(_ position: Int, _ total: Int, visit: Int) -> Localized {
            visit > 1
                ? Localized(id: "Kegiatan \(position) dari \(total) (kunjungan ke-\(visit))",
                            en: "Step \(position) of \(total) (visit \(visit))")
                : Localized(id: "Kegiatan \(position) dari \(total)", en: "Step \(position) of \(total)")
        }

        public static let performer = Localized(id: "Pelaksana", en: "Performer")
        public static let involved = Localized(id: "Terlibat", en: "Involved")
        public static let waktu = Localized(id: "Waktu", en: "Time")
        public static let kelengkapan = Localized(id: "Kelengkapan", en: "Requirements")
        public static let output = Localized(id: "Output", en: "Output")

        public static func recordedBy(_ role: String) -> Localized {
            Localized(id: "dicatat oleh \(role)", en: "recorded by \(role)")
        }

        /// An outside party's step with the role recording it: "Pemohon (dicatat oleh Petugas
        /// Front Office)"; after a comma when the role's name has its own parentheses, so that
        /// none are doubled ("Pemohon, dicatat oleh Petugas Back Office (Verifikator)", tester 29, F3).
        public static func performerRecordedBy(_ performer: String, role: String) -> Localized {
            let recorded = recordedBy(role)
            guard role.contains("(") || role.contains(")") else {
                return Localized(id: "\(performer) (\(recorded.id))", en: "\(performer) (\(recorded.en))")
            }
            return Localized(id: "\(performer), \(recorded.id)", en: "\(performer), \(recorded.en)")
        }

        public static func used(_ duration: String, due: String?) -> Localized {
            guard let due else { return Localized(id: "terpakai \(duration)", en: "\(duration) used") }
            return Localized(id: "terpakai \(duration) · batas \(due)", en: "\(duration) used · due \(due)")
        }

        public static let noStandard = Localized(id: "tanpa standar waktu", en: "no time standard")

        public static func kelengkapanPrompt(_ item: String, required: Bool) -> Localized {
            required
                ? Localized(id: "Kelengkapan · \(item) (wajib) ada? [y/t]", en: "Requirement · \(item) (required) present? [y/n]")
                : Localized(id: "Kelengkapan · \(item) ada? [y/t]", en: "Requirement · \(item) present? [y/n]")
        }

        public static func fieldPrompt(_ label: String, hint: String?, optional: Bool) -> Localized {
            let idHint = [hint, optional ? "opsional, Enter untuk melewati" : nil].compactMap { $0 }.joined(separator: "; ")
            let enHint = [hint, optional ? "optional, Enter to skip" : nil].compactMap { $0 }.joined(separator: "; ")
            return Localized(id: idHint.isEmpty ? label : "\(label) (\(idHint))", en: enHint.isEmpty ? label : "\(label) (\(enHint))")
        }

        public static func fieldHint(_ type: String) -> Localized? {
            switch type {
            case "tanggal": Localized(id: "hh-bb-tttt", en: "dd-mm-yyyy")
            case "nik", "kk": Localized(id: "16 angka", en: "16 digits")
            case "ya/tidak": Localized(id: "y/t", en: "y/n")
            case "angka": Localized(id: "angka", en: "a number")
            default: nil
            }
        }

        public static func outputPrompt(_ item: String) -> Localized {
            Localized(id: "Output · \(item) (teks, atau @jalur/berkas)", en: "Output · \(item) (text, or @path/to/file)")
        }

        public static func completePrompt(_ step: String) -> Localized {
            Localized(id: "Tekan Enter bila kegiatan \(step) selesai", en: "Press Enter when step \(step) is done")
        }

        public static func rejected(_ reason: String) -> Localized {
            Localized(id: "✗ \(reason)", en: "✗ \(reason)")
        }

        public static func missingRecorded(_ item: String) -> Localized {
            Localized(id: "Dicatat: '\(item)' tidak ada.", en: "Recorded: '\(item)' is missing.")
        }

        public static func attachmentSaved(_ name: String, size: Int, hash: String) -> Localized {
            Localized(id: "Berkas \(name) (\(size) byte) disimpan, sha256 \(hash.prefix(12))",
                      en: "File \(name) (\(size) bytes) stored, sha256 \(hash.prefix(12))")
        }

        public static let noteSaved = Localized(id: "Catatan disimpan.", en: "Note saved.")

        public static func done(_ step: String, used: String) -> Localized {
            Localized(id: "✓ Kegiatan \(step) selesai dalam \(used)", en: "✓ Step \(step) done in \(used)")
        }

        /// The standard a step is timed by beside the printed cell it differs from (tester 29, F11).
        public static func statedStandard(_ standard: String, printed: String) -> Localized {
            Localized(id: "\(standard) (tercetak: \(printed))", en: "\(standard) (printed: \(printed))")
        }

        public static func withinStandard(_ standard: String, margin: String) -> Localized {
            Localized(id: "tepat waktu (standar \(standard), sisa \(margin))", en: "within the standard (\(standard), \(margin) to spare)")
        }

        public static func overStandard(_ standard: String, margin: String) -> Localized {
            Localized(id: "MELEBIHI standar \(standard) sebesar \(margin)", en: "OVER the standard of \(standard) by \(margin)")
        }

        public static func handedOff(_ step: String, roleName: String, due: String?) -> Localized {
            let dueID = due.map { ", batas \($0)" } ?? "", dueEN = due.map { ", due \($0)" } ?? ""
            return Localized(id: "→ Kegiatan \(step) menunggu di daftar tugas \(roleName)\(dueID).",
                             en: "→ Step \(step) waits in the worklist of \(roleName)\(dueEN).")
        }

        /// `sop run --case ID`, with the roles (`--as`) and the operator (`--operator`) the desk
        /// was given: on a shared desk login the command without `--operator` is refused
        /// (tester 32, F5). A value with a space is quoted.
        public static func runCommand(case id: String, roles: [String] = [], operatorName: String? = nil) -> String {
            "sop run --case \(id)" + deskArguments(roles: roles, operatorName: operatorName)
        }

        /// " --as R … --operator NAME" as the desk was given them; empty when neither was.
        public static func deskArguments(roles: [String] = [], operatorName: String? = nil) -> String {
            let quote = { (value: String) in value.contains(" ") ? "\"\(value)\"" : value }
            return roles.map { " --as " + quote($0) }.joined() + (operatorName.map { " --operator " + quote($0) } ?? "")
        }

        public static func continueWith(_ command: String) -> Localized {
            Localized(id: "  Lanjutkan dengan: \(command)", en: "  Continue with: \(command)")
        }

        public static func waiting(_ steps: String) -> Localized {
            // "kegiatan": next to a case number, a bare number read like another case's (tester 35).
            Localized(id: "Tidak ada kegiatan untuk peran Anda. Kasus menunggu kegiatan \(steps).",
                      en: "Nothing for your role. The case waits for step \(steps).")
        }

        public static func completed(_ id: String, total: String) -> Localized {
            Localized(id: "Kasus \(id) selesai dalam \(total).", en: "Case \(id) completed in \(total).")
        }

        public static func cancelled(_ reason: String) -> Localized {
            Localized(id: "Kasus dibatalkan: \(reason)", en: "Case cancelled: \(reason)")
        }

        public static let paused = Localized(id: "Kasus dijeda.", en: "Case paused.")
        public static let stopped = Localized(
            id: "Masukan berakhir; kasus dibiarkan terbuka, semua jawaban sudah tersimpan.",
            en: "Input ended; the case is left open, every answer is saved.")
        public static let stale = Localized(
            id: "Kasus telah diubah di meja lain (terminal atau web); jawaban terakhir TIDAK disimpan. Data dimuat ulang, periksa lalu jawab lagi.",
            en: "The case was changed at another desk (terminal or web); your last answer was NOT saved. Reloaded: check and answer again.")
        public static let unknownCommand = Localized(id: "perintah tidak dikenal; ketik ? untuk bantuan", en: "unknown command; type ? for help")

        public static let help = Localized(
            id: """
                Di setiap pertanyaan:
                  ?                  bantuan ini
                  /catatan TEKS      menyimpan catatan pada kasus
                  /jeda              menjeda kasus (lanjutkan nanti dengan sop run --case ID)
                  /batal ALASAN      membatalkan kasus dengan alasan
                Ctrl-D atau Ctrl-C meninggalkan kasus; setiap jawaban sudah tersimpan.
                """,
            en: """
                At every question:
                  ?                  this help
                  /note TEXT         save a note on the case
                  /pause             pause the case (continue later with sop run --case ID)
                  /cancel REASON     cancel the case, with a reason
                Ctrl-D or Ctrl-C leaves the case; every answer is already saved.
                """)
    }
}

extension Catalog {
    /// Worklists, case lists and timelines.
    public enum Listing {
        public static let columnDue = Localized(id: "Batas", en: "Due")
        public static let columnCase = Localized(id: "Kasus", en: "Case")
        public static let columnSOP = Localized(id: "SOP", en: "SOP")
        public static let columnStep = Localized(id: "Kegiatan", en: "Step")
        public static let columnRole = Localized(id: "Peran", en: "Role")
        public static let columnWaiting = Localized(id: "Menunggu", en: "Waiting")
        public static let columnStatus = Localized(id: "Status", en: "Status")
        public static let columnActive = Localized(id: "Kegiatan aktif", en: "Active steps")
        public static let columnAge = Localized(id: "Umur", en: "Age")
        public static let overdue = Localized(id: "TERLAMBAT", en: "OVERDUE")
        public static let noDue = Localized(id: "-", en: "-")

        public static func noTasks(_ roles: String) -> Localized {
            roles.isEmpty
                ? Localized(id: "Tidak ada kegiatan yang menunggu.", en: "No steps are waiting.")
                : Localized(id: "Tidak ada kegiatan yang menunggu untuk \(roles).", en: "No steps are waiting for \(roles).")
        }

        public static let noCases = Localized(id: "Belum ada kasus.", en: "No cases yet.")
        public static let noMatchingCases = Localized(id: "Tidak ada kasus yang cocok.", en: "No case matches.")

        public static func status(_ raw: String) -> Localized {
            Localized(id: raw, en: Catalog.Run.english(raw))
        }

        public static func started(_ at: String, by: String) -> Localized {
            Localized(id: "dimulai \(at) oleh \(by)", en: "started \(at) by \(by)")
        }

        public static func revision(_ date: String, hash: String) -> Localized {
            if Catalog.isBlankDate(date) {
                return Localized(id: "SOP sha256 \(hash.prefix(12))", en: "SOP sha256 \(hash.prefix(12))")
            }
            return Localized(id: "SOP revisi \(date), sha256 \(hash.prefix(12))", en: "SOP revised \(date), sha256 \(hash.prefix(12))")
        }

        public static let inProgress = Localized(id: "sedang dikerjakan", en: "in progress")
        public static let kelengkapan = Localized(id: "Kelengkapan", en: "Requirements")
        public static let fields = Localized(id: "Isian", en: "Form")
        public static let outputs = Localized(id: "Output", en: "Output")
        public static let branch = Localized(id: "Cabang", en: "Branch")
        public static let note = Localized(id: "Catatan", en: "Note")
        public static let missing = Localized(id: "tidak ada", en: "missing")

        public static func standard(_ waktu: String, verdict: Localized) -> Localized {
            Localized(id: "standar \(waktu): \(verdict.id)", en: "standard \(waktu): \(verdict.en)")
        }

        public static func within(_ margin: String) -> Localized { Localized(id: "tepat waktu, sisa \(margin)", en: "within, \(margin) to spare") }
        public static func over(_ margin: String) -> Localized { Localized(id: "MELEBIHI \(margin)", en: "OVER by \(margin)") }

        public static func cancelledBecause(_ reason: String) -> Localized {
            Localized(id: "Dibatalkan: \(reason)", en: "Cancelled: \(reason)")
        }

        public static let personalHidden = Localized(
            id: "Data pribadi (NIK, telepon, isian bertanda pribadi) disamarkan; --show-personal menampilkannya (hanya pemegang peran SOP ini atau pengelola peran; dicatat).",
            en: "Personal data (NIK, phone, fields marked pribadi) is masked; --show-personal shows it (holders of a role for this SOP or the role administrator only; recorded).")
    }
}

extension Catalog.Desk {
    /// Text typed where only Enter finishes the step: refused, never dropped silently.
    public static func completeTakesEnter(_ step: Localized) -> Localized {
        Localized(id: "tekan Enter saja untuk menyelesaikan kegiatan \(step.id); teks tidak disimpan (untuk catatan: /catatan TEKS)",
                  en: "press Enter alone to finish step \(step.en); the text is not kept (for a note: /note TEXT)")
    }
}

extension Catalog.Listing {
    /// `sop cases`, a listed case whose stored rows do not match its history: its status cell (its
    /// stored status, active steps and due time are not shown).
    public static let brokenMark = Localized(id: "✗ tidak cocok dengan riwayat", en: "✗ does not match its history")

    /// After the list: which cases were marked, and why (exit 1).
    public static func listingMarked(_ breaks: [Localized]) -> Localized {
        var text = Localized(id: "data kasus yang tersimpan tidak cocok dengan riwayatnya, kasus ditandai ✗ dalam daftar: ",
                             en: "stored case data does not match its history, the cases are marked ✗ in the list: ")
        for (index, located) in breaks.enumerated() {
            text = text + (index == 0 ? located : Localized(verbatim: "; ") + located)
        }
        return text + Localized(id: "; periksa dengan sop db verify", en: "; check it with sop db verify")
    }

    /// A listing (`sop cases`, `sop tasks`, `sop report`) refused: its rows say otherwise than the events.
    public static func listingRefused(_ breaks: [Localized]) -> Localized {
        var text = Localized(id: "data kasus yang tersimpan tidak cocok dengan riwayatnya, daftar tidak ditampilkan: ",
                             en: "stored case data does not match its history, the list is not shown: ")
        for (index, located) in breaks.enumerated() {
            text = text + (index == 0 ? located : Localized(verbatim: "; ") + located)
        }
        return text + Localized(id: "; periksa dengan sop db verify", en: "; check it with sop db verify")
    }
}
