/// What running a case says: engine refusals, the session's prompts and reports.
extension Catalog {
    public enum Run {
        // MARK: Engine refusals

        public static func notOpen(_ status: String) -> Localized {
            Localized(id: "kasus berstatus \(status); tidak ada yang dapat diubah",
                      en: "the case is \(english(status)); nothing can be changed")
        }

        public static func notPaused(_ status: String) -> Localized {
            Localized(id: "kasus tidak sedang dijeda (status: \(status))", en: "the case is not paused (status: \(english(status)))")
        }

        /// The refusal of `/batal` without a reason, its example fitting the SOP
        /// (`cancelExample`): a permit SOP's applicant is no complainant (tester 29, F9).
        public static func cancelNeedsReason(_ example: Localized) -> Localized {
            Localized(id: "pembatalan memerlukan alasan, mis. /batal \(example.id)", en: "cancelling needs a reason, e.g. /cancel \(example.en)")
        }

        /// An example reason to cancel a case, from the name of the SOP's outside party (its
        /// first `eksternal` actor): "pemohon menarik permohonan" where it is a Pemohon,
        /// "pelapor mencabut pengaduan" where a Pelapor or Pengadu; "atas permintaan NAME"
        /// for another; a case recorded twice where the SOP has none.
        public static func cancelExample(applicant: String?) -> Localized {
            guard let applicant, !applicant.isEmpty else {
                return Localized(id: "kasus tercatat dua kali", en: "the case was recorded twice")
            }
            let lowered = applicant.lowercased()
            if lowered.hasPrefix("pemohon") {
                return Localized(id: "pemohon menarik permohonan", en: "the applicant withdrew the application")
            }
            if lowered.hasPrefix("pelapor") || lowered.hasPrefix("pengadu") {
                return Localized(id: "pelapor mencabut pengaduan", en: "the complainant withdrew")
            }
            return Localized(id: "atas permintaan \(applicant)", en: "at the request of \(applicant)")
        }

        public static let emptyNote = Localized(id: "catatan kosong", en: "the note is empty")

        public static func notActive(_ step: String) -> Localized {
            Localized(id: "kegiatan '\(step)' tidak sedang aktif pada kasus ini", en: "step '\(step)' is not active in this case")
        }

        public static func notYourStep(_ step: String, role: String) -> Localized {
            Localized(id: "kegiatan \(step) dikerjakan oleh \(role); jalankan dengan --as sesuai peran itu",
                      en: "step \(step) is done by \(role); run with --as for that role")
        }

        public static func unknownKelengkapan(_ item: String, step: String) -> Localized {
            Localized(id: "kegiatan \(step) tidak memiliki kelengkapan '\(item)'", en: "step \(step) has no requirement '\(item)'")
        }

        public static func unknownField(_ field: String, step: String) -> Localized {
            Localized(id: "kegiatan \(step) tidak memiliki isian '\(field)'", en: "step \(step) has no form field '\(field)'")
        }

        public static func unknownOutput(_ item: String, step: String) -> Localized {
            Localized(id: "kegiatan \(step) tidak memiliki output '\(item)'", en: "step \(step) has no output '\(item)'")
        }

        public static func emptyOutput(_ item: String) -> Localized {
            Localized(id: "output '\(item)' perlu dicatat: tulis teksnya, atau @jalur/berkas untuk melampirkan berkas",
                      en: "output '\(item)' must be recorded: type its text, or @path/to/file to attach a file")
        }

        public static func notADecision(_ step: String) -> Localized {
            Localized(id: "kegiatan \(step) bukan keputusan", en: "step \(step) is not a decision")
        }

        public static func incomplete(_ missing: Localized, step: String) -> Localized {
            Localized(id: "kegiatan \(step) belum dapat diselesaikan: \(missing.id)",
                      en: "step \(step) cannot be completed yet: \(missing.en)")
        }

        public static func requirementKelengkapan(_ item: String, required: Bool) -> Localized {
            required
                ? Localized(id: "kelengkapan wajib '\(item)' belum ada", en: "required item '\(item)' is not present")
                : Localized(id: "kelengkapan '\(item)' belum diperiksa", en: "requirement '\(item)' is not checked")
        }

        public static func requirementField(_ label: String) -> Localized {
            Localized(id: "isian '\(label)' belum diisi", en: "field '\(label)' is not filled in")
        }

        public static func requirementOutput(_ item: String) -> Localized {
            Localized(id: "output '\(item)' belum dicatat", en: "output '\(item)' is not recorded")
        }

        public static func english(_ status: String) -> String {
            switch status {
            case "terbuka": "open"
            case "dijeda": "paused"
            case "selesai": "completed"
            case "dibatalkan": "cancelled"
            default: status
            }
        }
    }
}

extension Catalog {
    /// What the session says while it asks.
    public enum Session {
        public static let answerYesNo = Localized(id: "jawab y (ada) atau t (tidak ada)", en: "answer y (present) or t (missing)")

        public static func requiredToProceed(_ item: String) -> Localized {
            Localized(id: "kelengkapan '\(item)' wajib ada, dicatat tidak ada: kasus tidak dapat dilanjutkan tanpanya; "
                        + "jawab y bila sudah dilengkapi, /jeda untuk menunda sampai dilengkapi, /batal alasan untuk membatalkan",
                      en: "'\(item)' is required and recorded as missing: the case cannot go on without it; "
                        + "answer y once it is handed in, /pause to wait until it is, /cancel reason to cancel")
        }
    }
}

extension Catalog {
    /// What is said about an answers file (`sop run --answers`).
    public enum Answers {
        public static let rootMapping = Localized(
            id: "berkas jawaban harus berupa pemetaan dengan kunci 'langkah'",
            en: "an answers file must be a mapping with the key 'langkah'")
        public static let stepsList = Localized(id: "'langkah' harus berupa daftar", en: "'langkah' must be a list")
        public static let entryMapping = Localized(
            id: "setiap langkah harus berupa pemetaan (kegiatan, kelengkapan, isian, output, cabang, catatan, tindakan)",
            en: "each step must be a mapping (kegiatan, kelengkapan, isian, output, cabang, catatan, tindakan)")

        public static func badAction(_ value: String) -> Localized {
            Localized(id: "tindakan '\(value)' tidak dikenal; pakai 'jeda' atau 'batal'",
                      en: "unknown action '\(value)'; use 'jeda' (pause) or 'batal' (cancel)")
        }

        public static func wrongStep(entry: Int, written: String, active: String) -> Localized {
            Localized(id: "jawaban ke-\(entry) untuk kegiatan \(written), tetapi kegiatan yang aktif adalah \(active)",
                      en: "answer \(entry) is for step \(written), but the active step is \(active)")
        }

        public static func missing(_ what: String, _ item: String, step: String) -> Localized {
            let name = item.isEmpty ? what : "\(what) '\(item)'"
            return Localized(id: "jawaban untuk kegiatan \(step) tidak memuat \(name)",
                             en: "the answers for step \(step) do not give \(name)")
        }
    }
}
