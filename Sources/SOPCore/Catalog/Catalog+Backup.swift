/// What `sop db copy` says of a backup brought up to date and of the operators' login secrets,
/// and what a desk says when the store fails under it (a full disk, a lost server, a read-only
/// file): what was saved, what was not, and how to go on.
extension Catalog {
    public enum Backup {
        public static func extended(_ count: Int) -> Localized {
            Localized(id: "Kasus dilanjutkan (tujuan memegang awal riwayat yang sama; kejadian berikutnya ditambahkan): \(count)",
                      en: "Cases brought up to date (the destination held the start of the same history; later events appended): \(count)")
        }

        public static func credentials(pins: Int, secrets: Int) -> Localized {
            Localized(
                id: "Ikut disalin: PIN petugas (hash) \(pins) · rahasia kode satu kali (TOTP) \(secrets). "
                    + "Sengaja tidak disalin: sesi web yang sedang masuk (setelah pemulihan petugas masuk lagi dengan PIN-nya)",
                en: "Also copied: officers' PINs (hashes) \(pins) · one-time-code (TOTP) secrets \(secrets). "
                    + "Deliberately not copied: open web sessions (after a restore officers log in again with their PIN)")
        }

        /// A case whose histories part: where, and what to do.
        public static func conflict(_ id: String, source: Int, destination: Int, at sequence: Int) -> Localized {
            if sequence == 0 {
                return Localized(
                    id: "  \(id): asal \(source) kejadian, tujuan \(destination) kejadian; kasus lain dengan nomor yang sama (SOP, revisi atau waktu mulai berbeda)",
                    en: "  \(id): source \(source) events, destination \(destination) events; another case with the same number (its SOP, revision or start differs)")
            }
            return Localized(
                id: "  \(id): asal \(source) kejadian, tujuan \(destination) kejadian; berbeda mulai kejadian #\(sequence)",
                en: "  \(id): source \(source) events, destination \(destination) events; they differ from event #\(sequence)")
        }

        public static let conflictAdvice = Localized(
            id: "Tujuan ini bukan salinan lama dari asal (riwayatnya bercabang). Periksa keduanya dengan sop db verify, "
                + "lalu salin ke berkas atau basis data baru",
            en: "This destination is not an earlier copy of the source (the histories fork). Check both with sop db verify, "
                + "then copy into a new file or database")

        /// After the store failed under a desk: what happens next, and the command to go on.
        /// `command`: `Catalog.Desk.runCommand`, with the desk's `--as` and `--operator`.
        public static func resume(_ command: String) -> Localized {
            Localized(id: "Yang sudah tersimpan tetap aman; yang belum tersimpan ditanyakan lagi saat kasus dilanjutkan.\n"
                          + "  Lanjutkan dengan: \(command)",
                      en: "What was saved is safe; what was not is asked again when the case is continued.\n"
                          + "  Continue with: \(command)")
        }

        /// A store that cannot be opened for writing on a full disk (nothing was asked or changed).
        public static let noRoom = Localized(
            id: "disk penuh: tidak ada ruang untuk menyimpan apa pun, jadi perintah ini tidak dijalankan; kosongkan ruang disk lalu ulangi. "
                + "Perintah yang hanya membaca (cases, case, tasks, report, db status, db verify) tetap dapat dipakai",
            en: "the disk is full: there is no room to save anything, so this command did not run; free disk space and try again. "
                + "Reading commands (cases, case, tasks, report, db status, db verify) still work")

        /// `--show-personal` when the access log cannot be written (a full disk, a read-only store).
        public static func unmaskNotSaved(_ id: String, reason: Localized) -> Localized {
            Localized(
                id: "data pribadi kasus \(id) tidak dibuka: catatan siapa yang membukanya tidak dapat disimpan (\(reason.id)). "
                    + "Tanpa --show-personal kasus tetap dapat dibaca, data pribadinya tersamar",
                en: "the personal data of case \(id) was not unmasked: the record of who unmasks it could not be saved (\(reason.en)). "
                    + "Without --show-personal the case can still be read, its personal data masked")
        }

        /// A desk that cannot write, found before any question is asked.
        /// `command`: the command to go on with (`Catalog.Desk.runCommand`), when there is a case.
        public static func cannotWrite(_ reason: Localized, command: String?) -> Localized {
            let resume = command.map { ("\n  Lanjutkan dengan: \($0)", "\n  Continue with: \($0)") }
            return Localized(
                id: reason.id + ". Belum ada pertanyaan yang diajukan, jadi tidak ada jawaban yang hilang" + (resume?.0 ?? ""),
                en: reason.en + ". No question was asked yet, so no answer is lost" + (resume?.1 ?? ""))
        }
    }
}

/// What differs between source and destination after `sop db copy` wrote the destination.
extension Catalog.Backup {
    public static func caseDiffers(_ id: String) -> Localized {
        Localized(id: "kasus \(id): kejadiannya di tujuan tidak sama dengan di sumber", en: "case \(id): its events at the destination differ from the source's")
    }

    public static func revisionDiffers(_ hash: String) -> Localized {
        Localized(id: "revisi SOP \(hash): isinya di tujuan tidak sama dengan di sumber (atau tidak ada)",
                  en: "SOP revision \(hash): its content at the destination differs from the source's (or is missing)")
    }

    public static func attachmentDiffers(_ hash: String) -> Localized {
        Localized(id: "lampiran SHA-256 \(hash): isinya di tujuan tidak sama dengan di sumber (atau tidak ada)",
                  en: "attachment SHA-256 \(hash): its content at the destination differs from the source's (or is missing)")
    }

    /// A step visit the source stores that the destination (which derives it from the events) does not.
    public static func visitDiffers(_ caseID: String, key: String) -> Localized {
        Localized(id: "kasus \(caseID), kunjungan langkah \(key): baris tersimpan di sumber tidak sama dengan yang diturunkan dari kejadiannya di tujuan",
                  en: "case \(caseID), step visit \(key): the row the source stores differs from the one derived from its events at the destination")
    }

    public static func counterDiffers(_ series: String) -> Localized {
        Localized(id: "penghitung nomor kasus \(series): di tujuan lebih rendah daripada di sumber",
                  en: "case number counter \(series): lower at the destination than at the source")
    }

    public static let rosterDiffers = Localized(id: "riwayat daftar peran: di tujuan tidak sama dengan di sumber",
                                                en: "roster history: differs at the destination from the source's")

    public static func sealNotCarried(_ id: Int) -> Localized {
        Localized(id: "segel #\(id): tidak ada di tujuan", en: "seal #\(id): not at the destination")
    }

    /// A PIN, secret, access-log entry or profile (named as the copy plan names it) not at the destination.
    public static func notCarried(_ item: String) -> Localized {
        Localized(id: "\(item): tidak ada di tujuan", en: "\(item): not at the destination")
    }
}
