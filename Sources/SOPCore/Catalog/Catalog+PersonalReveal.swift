/// The web desk's "Tampilkan" of one personal answer (NIK, phone number, a `pribadi` field):
/// for the holders of a role of the case's SOP, recorded in the personal-data access log first.
extension Catalog {
    public enum PersonalReveal {}
}

extension Catalog.PersonalReveal {
    public static let heading = Localized(id: "Data pribadi", en: "Personal data")

    public static let explanation = Localized(
        id: "Data pribadi disamarkan. Tampilkan satu isian bila perlu (misalnya untuk menelepon pelapor); setiap kali dibuka tercatat di log akses data pribadi atas nama Anda.",
        en: "Personal data is masked. Show one answer when needed (e.g. to call the complainant back); every showing is recorded in the personal-data access log under your name.")

    public static func showButton(_ label: String) -> Localized {
        Localized(id: "Tampilkan \(label)", en: "Show \(label)")
    }

    public static func pageTitle(_ id: String) -> Localized {
        Localized(id: "Data pribadi kasus \(id)", en: "Personal data of case \(id)")
    }

    public static func recorded(_ name: String) -> Localized {
        Localized(id: "Dibuka oleh \(name); tercatat di log akses data pribadi. Halaman ini tidak disimpan: bila perlu lagi, tampilkan lagi dari halaman kasus.",
                  en: "Shown to \(name); recorded in the personal-data access log. This page is not kept: to see it again, show it again from the case's page.")
    }

    public static let backToCase = Localized(id: "Kembali ke kasus", en: "Back to the case")

    /// A role holder's name is never in the message: whom the operator is, and which SOP.
    public static func refused(_ id: String, sop: String) -> Localized {
        Localized(id: "Data pribadi kasus \(id) hanya dapat dibuka pemegang peran pelaksana SOP \(sop) atau pengelola peran; pimpinan membaca tanpa data pribadi. Percobaan ini tercatat di log akses data pribadi.",
                  en: "Only holders of an acting role of SOP \(sop) or the role administrator may show the personal data of case \(id); the head of unit reads without it. This attempt is recorded in the personal-data access log.")
    }

    public static let unknownField = Localized(
        id: "Isian itu bukan data pribadi yang terjawab di kasus ini. Pilih dari halaman kasus.",
        en: "That answer is not personal data answered in this case. Choose it from the case's page.")

    public static func notRecorded(_ id: String) -> Localized {
        Localized(id: "Data pribadi kasus \(id) tidak ditampilkan: pembukaannya tidak dapat dicatat di log akses. Hubungi pengelola sistem.",
                  en: "The personal data of case \(id) was not shown: the showing could not be recorded in the access log. Contact the system administrator.")
    }

    /// The access log's command column for a showing from the web desk: the page and the field
    /// (its name, never its value); the row's operator is the web login (on PostgreSQL named by
    /// the gateway user, v24).
    public static func command(field: String) -> String {
        "sop serve: tampilkan isian '\(field)'"
    }
}
