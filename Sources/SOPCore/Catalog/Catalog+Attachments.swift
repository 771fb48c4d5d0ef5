/// Attachments: exported by `sop case ID --lampiran DIR`, listed on the web timeline, refused
/// for download when the stored file does not match.
extension Catalog {
    public enum Attachments {}
}

extension Catalog.Attachments {
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

    public static let attachmentsHeading = Localized(id: "Lampiran", en: "Attachments")

    /// One attachment's line under its link: the step, the size and the whole SHA-256 (evidence).
    public static func attachmentFacts(step: String, size: Int, sha256: String) -> Localized {
        Localized(id: "kegiatan \(step) · \(size) bita · SHA-256 \(sha256)", en: "step \(step) · \(size) bytes · SHA-256 \(sha256)")
    }

    /// The attachment's whole SHA-256 under its short one (a phone is narrower than 64 hex digits).
    public static let fullSHA256 = Localized(id: "SHA-256 lengkap", en: "Full SHA-256")

    /// A download refused: the stored file is gone, or is not the one the event recorded.
    public static func attachmentUnavailable(_ sha256: String) -> Localized {
        Localized(id: "Lampiran ini tidak dapat diunduh: isi yang tersimpan tidak cocok dengan SHA-256 \(sha256) yang dicatat, atau sudah tidak ada. Laporkan ke pengelola; sop db verify menunjukkan kerusakannya.",
                  en: "This attachment cannot be downloaded: the stored content does not match the SHA-256 \(sha256) recorded, or is gone. Tell the administrator; sop db verify shows the break.")
    }
}
