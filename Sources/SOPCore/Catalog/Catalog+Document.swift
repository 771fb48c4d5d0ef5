/// The words of the SOP document and listings (labels of the official form).
extension Catalog {
    public enum Document {
        public static let nomor = Localized(id: "Nomor SOP", en: "SOP number")
        public static let judul = Localized(id: "Judul SOP", en: "Title")
        public static let instansi = Localized(id: "Instansi", en: "Agency")
        public static let unit = Localized(id: "Unit", en: "Unit")
        public static let tanggalPembuatan = Localized(id: "Tanggal Pembuatan", en: "Date made")
        public static let tanggalRevisi = Localized(id: "Tanggal Revisi", en: "Date revised")
        public static let tanggalEfektif = Localized(id: "Tanggal Efektif", en: "Effective date")
        public static let tanggalPengesahan = Localized(id: "Tanggal Pengesahan", en: "Date approved")
        public static let disahkanOleh = Localized(id: "Disahkan oleh", en: "Approved by")
        public static let dasarHukum = Localized(id: "Dasar Hukum", en: "Legal basis")
        public static let kualifikasi = Localized(id: "Kualifikasi Pelaksana", en: "Staff qualifications")
        public static let keterkaitan = Localized(id: "Keterkaitan", en: "Related SOPs")
        public static let peralatan = Localized(id: "Peralatan / Perlengkapan", en: "Equipment / supplies")
        public static let peringatan = Localized(id: "Peringatan", en: "Warnings")
        public static let pencatatan = Localized(id: "Pencatatan dan Pendataan", en: "Records kept")
        public static let jamLayanan = Localized(id: "Jam layanan", en: "Service hours")
        public static let pelaksana = Localized(id: "Pelaksana", en: "Actors")
        public static let kegiatan = Localized(id: "Kegiatan", en: "Activities")

        public static let columnNo = Localized(id: "No", en: "No")
        public static let columnKegiatan = Localized(id: "Kegiatan", en: "Activity")
        public static let columnPelaksana = Localized(id: "Pelaksana", en: "Actor")
        public static let columnKelengkapan = Localized(id: "Kelengkapan", en: "Requirements")
        public static let columnWaktu = Localized(id: "Waktu", en: "Time")
        public static let columnOutput = Localized(id: "Output", en: "Output")
        public static let columnJudul = Localized(id: "Judul", en: "Title")
        public static let columnNomor = Localized(id: "Nomor", en: "Number")
        public static let columnKegiatanCount = Localized(id: "Kegiatan", en: "Steps")
        public static let columnTotalWaktu = Localized(id: "Total waktu", en: "Total time")

        public static let totalWaktu = Localized(id: "Total waktu", en: "Total time")
        public static let keterangan = Localized(id: "Ket.", en: "Note")
        public static let formulir = Localized(id: "Isian", en: "Form")
        public static let optional = Localized(id: "opsional", en: "optional")
        public static let required = Localized(id: "wajib", en: "required")
        public static let end = Localized(id: "selesai", en: "end")

        public static func parallel(_ targets: String) -> Localized {
            Localized(id: "bersamaan → \(targets)", en: "in parallel → \(targets)")
        }

        public static func waitsFor(_ steps: String) -> Localized {
            Localized(id: "menunggu selesainya \(steps)", en: "waits for \(steps)")
        }

        public static func goesTo(_ target: String) -> Localized {
            Localized(id: "lanjut ke \(target)", en: "continues at \(target)")
        }

        public static func actorKind(_ kind: String) -> Localized {
            switch kind {
            case "staf": Localized(id: "staf", en: "staff")
            case "eksternal": Localized(id: "eksternal", en: "external")
            case "instansi": Localized(id: "instansi lain", en: "other agency")
            case "sarana": Localized(id: "sarana", en: "channel")
            default: Localized(verbatim: kind)
            }
        }

        public static func sopHasErrors(_ path: String, errors: Int) -> Localized {
            Localized(id: "\(path): \(errors) galat; jalankan 'sop lint \(path)' untuk rinciannya",
                      en: "\(path): \(errors) errors; run 'sop lint \(path)' for the details")
        }

        /// At a desk, in place of the warnings themselves (they are for the official who edits the SOP).
        public static func sopHasWarnings(_ path: String, warnings: Int) -> Localized {
            Localized(id: "\(path): \(warnings) peringatan untuk penyusun SOP; jalankan 'sop lint \(path)' untuk rinciannya",
                      en: "\(path): \(warnings) \(warnings == 1 ? "warning" : "warnings") for the SOP's author; run 'sop lint \(path)' for the details")
        }

        public static func noSOPs(_ folder: String) -> Localized {
            Localized(id: "tidak ada berkas SOP (*.yaml, *.yml) di '\(folder)'", en: "no SOP files (*.yaml, *.yml) in '\(folder)'")
        }
    }

    /// What the command line says about its own failures.
    public enum CLI {
        public static func missingFolder(_ path: String) -> Localized {
            Localized(id: "folder SOP '\(path)' tidak ditemukan; pakai --sop-dir atau SOP_DIR",
                      en: "SOP folder '\(path)' not found; use --sop-dir or SOP_DIR")
        }

        public static func unreadableFolder(_ path: String, reason: Localized) -> Localized {
            Localized(id: "folder SOP '\(path)' tidak dapat dibaca: \(reason.id)",
                      en: "SOP folder '\(path)' cannot be read: \(reason.en)")
        }

        public static func notFound(_ reference: String, folder: String, known: [String]) -> Localized {
            let list = known.isEmpty ? "-" : known.joined(separator: ", ")
            return Localized(id: "SOP '\(reference)' tidak ditemukan di '\(folder)' (nomor yang ada: \(list))",
                             en: "SOP '\(reference)' not found in '\(folder)' (known numbers: \(list))")
        }

        public static func ambiguous(_ reference: String, files: [String]) -> Localized {
            let list = files.joined(separator: ", ")
            return Localized(id: "'\(reference)' cocok dengan beberapa berkas: \(list); sebut nama berkasnya",
                             en: "'\(reference)' matches several files: \(list); name the file instead")
        }

        public static func sopHasErrors(_ path: String, errors: Int) -> Localized {
            Localized(id: "SOP '\(path)' memuat \(errors) galat", en: "SOP '\(path)' has \(errors) errors")
        }
    }
}

extension Catalog.CLI {
    /// `staff`: "fo = Petugas Front Office" (`RoleNaming.list`); `ambiguous` when the value
    /// names several roles of the SOP.
    public static func unknownRole(_ value: String, staff: [String], ambiguous: Bool = false) -> Localized {
        let list = staff.joined(separator: "; ")
        if ambiguous {
            return Localized(id: "'\(value)' cocok dengan beberapa peran staf SOP ini; sebut id atau nama lengkapnya (peran staf: \(list))",
                             en: "'\(value)' matches several staff roles of this SOP; give the id or the full name (staff roles: \(list))")
        }
        return Localized(id: "'\(value)' bukan peran staf SOP ini (peran staf: \(list))",
                         en: "'\(value)' is not a staff role of this SOP (staff roles: \(list))")
    }

    public static func calendarHasErrors(_ path: String, errors: Int) -> Localized {
        Localized(id: "kalender '\(path)' memuat \(errors) galat; batas waktu tidak dapat dihitung",
                  en: "calendar '\(path)' has \(errors) errors; due times cannot be computed")
    }

    public static func caseNotFound(_ id: String) -> Localized {
        Localized(id: "kasus '\(id)' tidak ditemukan di basis data", en: "case '\(id)' is not in the database")
    }

    public static let sopOrCase = Localized(
        id: "sebut SOP yang dijalankan (mis. sop run 01) atau kasus yang dilanjutkan (--case ID), tidak keduanya",
        en: "name the SOP to run (e.g. sop run 01) or the case to continue (--case ID), not both")

    public static func refuseStart(_ path: String, errors: Int) -> Localized {
        Localized(id: "kasus tidak dapat dimulai: SOP '\(path)' memuat \(errors) galat (lihat di atas)",
                  en: "cannot start a case: SOP '\(path)' has \(errors) errors (see above)")
    }

    public static func answersUnreadable(_ path: String) -> Localized {
        Localized(id: "berkas jawaban '\(path)' tidak dapat dipakai (lihat di atas)",
                  en: "answers file '\(path)' cannot be used (see above)")
    }

    public static func stepFailed(_ step: String, reason: String) -> Localized {
        Catalog.StoppedRuns.answersKept("kegiatan \(step): \(reason)", en: "step \(step): \(reason)")
    }

    public static func pickTask(_ count: Int) -> Localized {
        Localized(id: "Pilih kegiatan [1-\(count)]", en: "Choose a step [1-\(count)]")
    }

    public static let noTaskChosen = Localized(id: "tidak ada kegiatan yang dipilih", en: "no step chosen")

    public static func revisionMissing(_ hash: String) -> Localized {
        Localized(id: "revisi SOP \(hash.prefix(12)) tidak ada di basis data", en: "SOP revision \(hash.prefix(12)) is not in the database")
    }

    public static func invalidStatus(_ value: String) -> Localized {
        Localized(id: "status '\(value)' tidak dikenal (terbuka, dijeda, selesai, dibatalkan)",
                  en: "unknown status '\(value)' (terbuka, dijeda, selesai, dibatalkan)")
    }
}

extension Catalog.CLI {
    public static func badDay(_ option: String, _ text: String) -> Localized {
        Localized(id: "\(option): '\(text)' bukan tanggal yang ada; tulis seperti 2026-11-01 atau '1 November 2026'",
                  en: "\(option): '\(text)' is not a date that exists; write it like 2026-11-01 or '1 November 2026'")
    }
}
