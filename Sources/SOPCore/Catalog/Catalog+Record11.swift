/// The record as evidence: who may unmask personal data and the access log, attachments exported,
/// plain sentences for auditors and citizens (issue 11, tester 11's findings; branch rec11).
extension Catalog {
    public enum Record11 {
        // MARK: Unmasking personal data (--show-personal)

        /// Refused: the roster is in force and the operator holds no role for the case's SOP.
        public static func unmaskRefused(_ name: String, case id: String, sop: String) -> Localized {
            Localized(
                id: "operator '\(name)' tidak boleh membuka data pribadi kasus \(id): hanya pemegang peran pelaksana untuk SOP \(sop) atau pengelola peran (peran 'pimpinan' membaca tanpa data pribadi); tanpa --show-personal data pribadi tetap disamarkan",
                en: "operator '\(name)' may not unmask the personal data of case \(id): only holders of an acting role for SOP \(sop) or the role administrator may (the role 'pimpinan' reads without personal data); without --show-personal personal data stays masked")
        }

        /// The store keeps no access log (it cannot record the unmasking): nothing is unmasked.
        public static func unmaskNotRecorded(_ id: String) -> Localized {
            Localized(id: "data pribadi kasus \(id) tidak dibuka: penyimpanan ini tidak dapat mencatat siapa yang membukanya",
                      en: "the personal data of case \(id) was not unmasked: this store cannot record who unmasks it")
        }

        /// `sop case ID --akses`: the heading.
        public static func accessHeading(_ id: String, count: Int) -> Localized {
            Localized(id: "Pembukaan data pribadi kasus \(id): \(count) kali", en: "Personal data of case \(id) unmasked: \(count) times")
        }

        public static func accessNone(_ id: String) -> Localized {
            Localized(id: "Data pribadi kasus \(id) belum pernah dibuka (semua tampilan menyamarkan data pribadi).",
                      en: "The personal data of case \(id) has never been unmasked (every view masks personal data).")
        }

    }
}

extension Catalog.Record11 {
    // MARK: sop case ID --lampiran DIR

    public static func attachmentSaved(_ path: String, step: String, size: Int, sha256: String) -> Localized {
        Localized(id: "lampiran kegiatan \(step) disimpan: \(path) (\(size) bita; SHA-256 \(sha256) cocok)",
                  en: "attachment of step \(step) saved: \(path) (\(size) bytes; SHA-256 \(sha256) matches)")
    }

    public static func attachmentsNone(_ id: String) -> Localized {
        Localized(id: "kasus \(id) tidak mempunyai lampiran", en: "case \(id) has no attachments")
    }

    public static func attachmentNotStored(_ name: String, sha256: String) -> Localized {
        Localized(id: "lampiran '\(name)' (SHA-256 \(sha256)) tidak tersimpan; tidak ditulis (periksa dengan sop db verify)",
                  en: "attachment '\(name)' (SHA-256 \(sha256)) is not stored; not written (check with sop db verify)")
    }

    public static func attachmentMismatch(_ name: String, sha256: String) -> Localized {
        Localized(id: "isi lampiran '\(name)' tidak cocok dengan SHA-256 \(sha256) yang dicatat; tidak ditulis (periksa dengan sop db verify)",
                  en: "the content of attachment '\(name)' does not match the SHA-256 \(sha256) recorded; not written (check with sop db verify)")
    }

    public static func attachmentFileExists(_ path: String) -> Localized {
        Localized(id: "berkas \(path) sudah ada; tidak ditimpa (pilih folder kosong)",
                  en: "file \(path) already exists; not overwritten (choose an empty folder)")
    }

    public static func attachmentNotWritten(_ path: String) -> Localized {
        Localized(id: "tidak dapat menulis \(path)", en: "cannot write \(path)")
    }
}

extension Catalog.Record11 {
    // MARK: Receipts

    /// On the receipt of a cancelled case, instead of "Selesai paling lambat".
    public static let receiptCancelled = Localized(id: "Dibatalkan pada", en: "Cancelled on")
}

extension Catalog.Record11 {
    // MARK: The terminal timeline

    /// A cancelled case's line on `sop case`: who, in which role, when, why.
    public static func cancelledBy(_ name: String, role: String?, at: String, reason: String) -> Localized {
        let who = name + (role.map { " (\($0))" } ?? "")
        return Localized(id: "Dibatalkan oleh \(who), \(at): \(reason)", en: "Cancelled by \(who), \(at): \(reason)")
    }
}

extension Catalog.Record11 {
    // MARK: sop case ID --events

    /// A step started for a role other than the writer's: the writer handed it on.
    public static func handedOff(step: String, to role: String) -> Localized {
        Localized(id: "kegiatan \(step) diserahkan kepada \(role)", en: "step \(step) handed to \(role)")
    }

    public static func corrected(_ name: String, reason: String) -> Localized {
        Localized(id: "jawaban dikoreksi: \(name) (alasan: \(reason))", en: "answer corrected: \(name) (reason: \(reason))")
    }
}

extension Catalog.Record11 {
    // MARK: sop db verify: a sentence for a letter

    public static func storeHolds(cases: Int, events: Int) -> Localized {
        Localized(
            id: "Riwayat \(cases) kasus (\(events) kejadian) utuh: tidak ada perubahan di luar sop sejak dicatat; status, daftar tugas dan laporan cocok dengan riwayat itu.",
            en: "The history of \(cases) case\(cases == 1 ? "" : "s") (\(events) event\(events == 1 ? "" : "s")) is intact: nothing was changed outside sop since it was recorded; status, worklists and reports agree with it.")
    }

    public static func caseHolds(_ id: String, events: Int, period: String) -> Localized {
        Localized(
            id: "Riwayat kasus \(id) (\(events) kejadian, \(period)) utuh: tidak ada perubahan di luar sop sejak dicatat.",
            en: "The history of case \(id) (\(events) event\(events == 1 ? "" : "s"), \(period)) is intact: nothing was changed outside sop since it was recorded.")
    }

    public static func caseHead(_ digest: String, sequence: Int) -> Localized {
        Localized(id: "Kepala rantai kasus ini (kejadian \(sequence)): \(digest); arsipkan di luar basis data untuk dibandingkan nanti.",
                  en: "This case's chain head (event \(sequence)): \(digest); archive it outside the database to compare later.")
    }

    public static let unsealedNote = Localized(
        id: "Tanpa --kunci: riwayat yang ditulis ulang seluruhnya (dengan rantai hash dihitung ulang) tidak terdeteksi; periksa dengan --kunci, atau bandingkan dengan kepala rantai yang diarsipkan.",
        en: "Without --kunci: a history rewritten whole (its hash chain recomputed) is not detected; check with --kunci, or compare with an archived chain head.")

    /// With --kunci: how much the seals cover.
    public static func sealsCover(seals: Int, sealed: Int, of cases: Int) -> Localized {
        Localized(
            id: "Segel diperiksa dengan kunci (\(seals) segel): \(sealed) dari \(cases) kasus tersegel sampai kejadian terakhirnya.",
            en: "Seals checked with the key (\(seals) seal\(seals == 1 ? "" : "s")): \(sealed) of \(cases) case\(cases == 1 ? "" : "s") sealed up to their last event.")
    }

    /// A case no seal covers at all.
    public static func notSealed(_ id: String, events: Int) -> Localized {
        Localized(id: "  belum disegel: \(id) (seluruh \(events) kejadian)", en: "  not sealed yet: \(id) (all \(events) events)")
    }

    /// A case sealed up to an event, with later events.
    public static func sealedUpTo(_ id: String, sealed: Int, last: Int) -> Localized {
        Localized(id: "  belum disegel: \(id) kejadian \(sealed + 1)–\(last) (tersegel sampai kejadian \(sealed))",
                  en: "  not sealed yet: \(id) events \(sealed + 1)–\(last) (sealed up to event \(sealed))")
    }

    public static func moreNotSealed(_ count: Int) -> Localized {
        Localized(id: "  … dan \(count) kasus lain", en: "  … and \(count) other cases")
    }

    public static let sealAdvice = Localized(
        id: "Kejadian yang belum disegel dilindungi rantai hash saja sampai sop db seal --kunci berikutnya.",
        en: "Events not yet sealed are protected by the hash chain alone until the next sop db seal --kunci.")
}

extension Catalog.Record11 {
    // MARK: The web timeline's attachments

    public static let attachmentsHeading = Localized(id: "Lampiran", en: "Attachments")

    /// One attachment's line under its link: the step, the size and the whole SHA-256 (evidence).
    public static func attachmentFacts(step: String, size: Int, sha256: String) -> Localized {
        Localized(id: "kegiatan \(step) · \(size) bita · SHA-256 \(sha256)", en: "step \(step) · \(size) bytes · SHA-256 \(sha256)")
    }

    /// A download refused: the stored file is gone, or is not the one the event recorded.
    public static func attachmentUnavailable(_ sha256: String) -> Localized {
        Localized(id: "Lampiran ini tidak dapat diunduh: isi yang tersimpan tidak cocok dengan SHA-256 \(sha256) yang dicatat, atau sudah tidak ada. Laporkan ke pengelola; sop db verify menunjukkan kerusakannya.",
                  en: "This attachment cannot be downloaded: the stored content does not match the SHA-256 \(sha256) recorded, or is gone. Tell the administrator; sop db verify shows the break.")
    }
}

extension Catalog.Record11 {
    // MARK: sop roster nama: full names and NIP on receipts

    public static let badFullName = Localized(
        id: "nama lengkap wajib diisi, satu baris, paling banyak 120 karakter",
        en: "the full name is required, on one line, at most 120 characters")

    public static func badNIP(_ nip: String) -> Localized {
        Localized(id: "NIP '\(nip)' tidak sah: NIP terdiri dari 18 angka", en: "NIP '\(nip)' is not valid: a NIP has 18 digits")
    }

    public static let profilesUnsupported = Localized(
        id: "penyimpanan ini tidak menyimpan nama lengkap operator", en: "this store keeps no operators' full names")

    public static func profileNeedsAdmin(_ name: String) -> Localized {
        Localized(id: "hanya pemegang peran 'pengelola-peran' yang mengatur nama lengkap dan NIP operator; '\(name)' tidak memegangnya",
                  en: "only holders of the role 'pengelola-peran' set operators' full names and NIP; '\(name)' does not hold it")
    }

    public static func profileSaved(_ login: String, name: String, nip: String) -> Localized {
        let shown = nip.isEmpty ? name : "\(name), NIP \(nip)"
        // A name that ends in a title's full stop ("S.H.") ends the sentence too.
        let end = shown.hasSuffix(".") ? "" : "."
        return Localized(id: "Nama di tanda terima untuk \(login): \(shown)\(end)", en: "Name on receipts for \(login): \(shown)\(end)")
    }
}
