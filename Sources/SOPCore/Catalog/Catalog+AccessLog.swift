/// Unmasking personal data (`--show-personal`) and the access log `sop case ID --akses` shows.
extension Catalog {
    public enum AccessLog {}
}

extension Catalog.AccessLog {
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
