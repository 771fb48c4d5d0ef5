/// What the hash chain, the seal and `sop db verify` say: where a case's history does not hold.
extension Catalog {
    public enum Chain {
        // MARK: Breaks, located (case, sequence, what)

        public static func located(_ caseID: String, sequence: Int, _ what: Localized) -> Localized {
            guard caseID != "-" else { return what }
            return sequence > 0
                ? Localized(id: "kasus \(caseID), urutan \(sequence): ", en: "case \(caseID), sequence \(sequence): ") + what
                : Localized(id: "kasus \(caseID): ", en: "case \(caseID): ") + what
        }

        public static func gap(found: Int) -> Localized {
            Localized(id: "kejadian hilang (urutan berikutnya yang tersimpan: \(found))",
                      en: "event missing (the next stored sequence is \(found))")
        }

        public static let hashMismatch = Localized(
            id: "hash kejadian tidak cocok dengan isinya dan kejadian sebelumnya (diubah, disisipkan, atau kejadian sebelumnya dihapus)",
            en: "the event's hash does not match its content and the event before it (changed, inserted, or the event before it deleted)")
        public static let unhashed = Localized(
            id: "kejadian tanpa hash (ditulis di luar sop)", en: "event without a hash (written around sop)")
        public static let empty = Localized(id: "kasus tanpa kejadian", en: "case without events")

        public static func truncated(sealed: Int) -> Localized {
            Localized(id: "riwayat berakhir sebelum urutan \(sealed) yang disegel (kejadian akhir dihapus)",
                      en: "history ends before the sealed sequence \(sealed) (its last events were deleted)")
        }

        public static let sealMismatch = Localized(
            id: "hash kejadian berbeda dengan yang disegel (riwayat ditulis ulang)",
            en: "the event's hash differs from the sealed one (history rewritten)")
        public static let caseMissing = Localized(
            id: "kasus yang disegel tidak ada lagi di basis data (dihapus)",
            en: "a sealed case is no longer in the database (deleted)")

        public static let numberMissing = Localized(
            id: "nomor kasus ini sudah diberikan, tetapi kasusnya tidak ada (dihapus, atau penghitung dinaikkan)",
            en: "this case number was given, but the case is not there (deleted, or the counter raised)")

        public static func shorterThanRecorded(_ recorded: Int) -> Localized {
            Localized(id: "riwayat berakhir sebelum urutan \(recorded) yang tercatat di baris kasus (kejadian akhir dihapus)",
                      en: "history ends before sequence \(recorded) recorded in the case row (its last events were deleted)")
        }

        public static func revisionMismatch(_ hash: String) -> Localized {
            Localized(id: "isi revisi SOP tersimpan \(hash) tidak cocok dengan hash SHA-256-nya (diubah)",
                      en: "the stored SOP revision \(hash) does not match its SHA-256 (changed)")
        }

        public static func revisionMissing(_ hash: String) -> Localized {
            Localized(id: "revisi SOP \(hash) yang diikuti kasus tidak tersimpan (dihapus)",
                      en: "the SOP revision \(hash) the case follows is not stored (deleted)")
        }

        public static func unreadable(_ detail: String) -> Localized {
            Localized(id: "kejadian tidak dapat dibaca (\(detail))", en: "event cannot be read (\(detail))")
        }

        public static func derived(_ what: String, stored: String, events: String) -> Localized {
            Localized(id: "\(what) tersimpan '\(stored)', menurut kejadian '\(events)'",
                      en: "\(what) stored as '\(stored)', the events say '\(events)'")
        }

        public static func visitMissing(_ visit: String) -> Localized {
            Localized(id: "kunjungan langkah \(visit) ada menurut kejadian tetapi tidak tersimpan",
                      en: "step visit \(visit) follows from the events but is not stored")
        }

        public static func visitExtra(_ visit: String) -> Localized {
            Localized(id: "kunjungan langkah \(visit) tersimpan tetapi tidak ada menurut kejadian",
                      en: "step visit \(visit) is stored but does not follow from the events")
        }

        public static func orphanEvents(_ count: Int) -> Localized {
            Localized(id: "\(count) kejadian tanpa baris kasus", en: "\(count) events without a case row")
        }

        // MARK: Refusals on read

        public static func refused(_ located: Localized) -> Localized {
            Localized(id: "riwayat kasus tidak utuh, kasus tidak dibuka: ", en: "the case's history does not hold, the case is not opened: ")
                + located + Localized(id: "; periksa dengan sop db verify", en: "; check it with sop db verify")
        }

        public static func revisionRefused(_ caseID: String, hash: String) -> Localized {
            Localized(
                id: "kasus \(caseID) mengikuti revisi SOP dengan hash \(hash), tetapi isi yang tersimpan tidak cocok dengan hash itu; kasus tidak dilanjutkan (periksa dengan sop db verify)",
                en: "case \(caseID) follows the SOP revision with hash \(hash), but the stored content does not match that hash; the case is not continued (check it with sop db verify)")
        }

        public static func revisionContentMismatch(_ hash: String) -> Localized {
            Localized(id: "isi revisi SOP tersimpan \(hash) tidak cocok dengan hash SHA-256-nya; revisi tidak dipakai (periksa dengan sop db verify)",
                      en: "the stored SOP revision \(hash) does not match its SHA-256; it is not used (check it with sop db verify)")
        }

        public static func staleGaveUp(_ caseID: String, attempts: Int) -> Localized {
            Localized(
                id: "kasus \(caseID) terus berubah di terminal lain (\(attempts) kali berturut-turut); jawaban tidak disimpan. Periksa dengan sop db verify --case \(caseID), lalu ulangi",
                en: "case \(caseID) kept changing at another terminal (\(attempts) times in a row); the answer was not stored. Check with sop db verify --case \(caseID), then try again")
        }

        // MARK: sop db verify and the seal

        public static func checked(cases: Int, events: Int, revisions: Int) -> Localized {
            Localized(id: "diperiksa: \(cases) kasus, \(events) kejadian, \(revisions) revisi SOP",
                      en: "checked: \(cases) case\(cases == 1 ? "" : "s"), \(events) event\(events == 1 ? "" : "s"), \(revisions) SOP revision\(revisions == 1 ? "" : "s")")
        }

        public static let allHolds = Localized(id: "semua rantai, revisi, dan baris turunan utuh", en: "every chain, revision and derived row holds")

        public static func breaks(_ count: Int) -> Localized {
            Localized(id: "\(count) kerusakan ditemukan", en: "\(count) break\(count == 1 ? "" : "s") found")
        }

        /// The digest of every head a seal signs: the cases', and the roster's and the access log's when they have entries.
        public static func headDigest(_ digest: String, cases: Int, roster: Bool = false, accessLog: Bool = false) -> Localized {
            let covered = covered(("\(cases) kasus", "\(cases) cases"), roster: roster, accessLog: accessLog)
            return Localized(id: "digest kepala rantai (\(covered.id)): \(digest); arsipkan di luar basis data untuk dibandingkan nanti",
                             en: "chain head digest (\(covered.en)): \(digest); archive it outside the database to compare later")
        }

        /// The heads a digest covers: the cases', and the roster's and the access log's when they
        /// have entries (`VerifyReport.sealedHeads`).
        private static func covered(_ cases: (id: String, en: String), roster: Bool, accessLog: Bool) -> (id: String, en: String) {
            (([cases.id] + (roster ? ["daftar peran"] : []) + (accessLog ? ["log akses"] : [])).joined(separator: ", "),
             ([cases.en] + (roster ? ["roster"] : []) + (accessLog ? ["access log"] : [])).joined(separator: ", "))
        }

        public static func sealChecked(_ seals: Int, cases: Int) -> Localized {
            Localized(id: "segel diperiksa dengan kunci: \(seals) segel, \(cases) kepala kasus",
                      en: "seals checked with the key: \(seals) seals, \(cases) case heads")
        }

        public static let noSeals = Localized(
            id: "belum ada segel di basis data (buat dengan sop db seal --kunci BERKAS)",
            en: "no seals in the database yet (make one with sop db seal --kunci FILE)")
        public static let unsealedNote = Localized(
            id: "tanpa --kunci: penulisan ulang seluruh riwayat yang menghitung ulang rantai tidak terdeteksi",
            en: "without --kunci: a rewrite of a whole history that recomputes the chain is not detected")

        public static func sealForged(_ id: Int) -> Localized {
            Localized(id: "segel #\(id) tidak ditandatangani dengan kunci ini (dipalsukan atau kunci lain)",
                      en: "seal #\(id) is not signed with this key (forged, or another key)")
        }

        /// The seal signs the roster's and the access log's heads too, and its digest covers them.
        public static func sealed(_ id: Int, cases: Int, roster: Bool, accessLog: Bool, digest: String) -> Localized {
            let covered = covered(("\(cases) kepala kasus", "\(cases) case heads"), roster: roster, accessLog: accessLog)
            return Localized(id: "segel #\(id) dibuat: \(covered.id); digest \(digest) (arsipkan di luar basis data)",
                             en: "seal #\(id) made: \(covered.en); digest \(digest) (archive it outside the database)")
        }

        public static func sealRefusedBreaks(_ count: Int) -> Localized {
            Localized(id: "segel tidak dibuat: \(count) kerusakan ditemukan; periksa dengan sop db verify",
                      en: "no seal made: \(count) breaks found; check with sop db verify")
        }

        public static func keyCreated(_ path: String) -> Localized {
            Localized(id: "kunci baru dibuat di \(path) (mode 0600); simpan di luar server basis data",
                      en: "new key created at \(path) (mode 0600); keep it away from the database server")
        }

        public static func keyTooOpen(_ path: String, mode: String) -> Localized {
            Localized(id: "berkas kunci \(path) dapat dibaca orang lain (mode \(mode)); jalankan chmod 600 \(path)",
                      en: "key file \(path) can be read by others (mode \(mode)); run chmod 600 \(path)")
        }

        public static func keyMissing(_ path: String) -> Localized {
            Localized(id: "berkas kunci \(path) tidak ada (sop db seal --kunci \(path) membuatnya)",
                      en: "key file \(path) does not exist (sop db seal --kunci \(path) creates it)")
        }

        public static func keyUnreadable(_ path: String, detail: Localized) -> Localized {
            Localized(id: "berkas kunci \(path) tidak dapat dipakai: \(detail.id)", en: "key file \(path) cannot be used: \(detail.en)")
        }

        public static func sourceBroken(_ count: Int) -> Localized {
            Localized(id: "basis data asal tidak utuh (\(count) kerusakan); tidak ada yang disalin. Periksa dengan sop db verify",
                      en: "the source database does not hold (\(count) breaks); nothing was copied. Check with sop db verify")
        }

        public static func unknownCase(_ id: String) -> Localized {
            Localized(id: "kasus \(id) tidak ada di basis data", en: "case \(id) is not in the database")
        }
    }
}

extension Catalog.Chain {
    /// The names of derived rows in verify's messages.
    public enum Derived {
        public static let status = Localized(id: "status kasus", en: "case status")
        public static let nomor = Localized(id: "nomor SOP kasus", en: "case SOP number")
        public static let revision = Localized(id: "revisi SOP kasus", en: "case SOP revision")
        public static let startedAt = Localized(id: "waktu mulai kasus", en: "case start time")
        public static let endedAt = Localized(id: "waktu selesai kasus", en: "case end time")
        public static let caseDue = Localized(id: "tenggat kasus", en: "case due time")
        public static let lastWrite = Localized(id: "urutan@waktu tulis terakhir baris kasus", en: "case row's last write sequence@time")
        public static let worklist = Localized(id: "daftar tugas (case_task)", en: "worklist (case_task)")

        public static func visit(_ key: String) -> Localized {
            Localized(id: "kunjungan langkah \(key) (peran mulai tenggat selesai oleh dipakai)",
                      en: "step visit \(key) (role start due end by used)")
        }
    }
}

extension Catalog.Chain {
    public static func sealDigest(_ id: Int, stored: String, now: String) -> Localized {
        stored == now
            ? Localized(id: "segel terbaru #\(id): digest \(stored) (bandingkan dengan arsip)",
                        en: "newest seal #\(id): digest \(stored) (compare with the archive)")
            : Localized(id: "segel terbaru #\(id): digest tersimpan \(stored), dihitung ulang dari kejadian sekarang pada urutan yang disegelnya \(now) (berbeda: riwayat yang disegel berubah; digest kepala rantai di bawah meliputi semua kejadian sekarang)",
                        en: "newest seal #\(id): stored digest \(stored), recomputed from the events now at the sequences it sealed \(now) (different: the sealed history changed; the chain head digest below covers every event now)")
    }
}
