/// The drawn flow of an SOP printed as several tables: connectors between tables, joint lines,
/// hidden arrows, the line saying its tables are alternatives.
extension Catalog {
    public enum TableConnectors {}
}

extension Catalog.TableConnectors {
    public enum Summary {
        public static let jointLineMisplaced = Localized(
            id: "garis_pendek atau keluar_lewat menyebut pelaksana yang bukan 'bersama' kegiatan itu",
            en: "garis_pendek or keluar_lewat names an actor that is not 'bersama' of the step")
        public static let connectorMisplaced = Localized(
            id: "penghubung pada kegiatan tanpa satu panah polos, atau satu nomor penghubung ke dua tujuan",
            en: "penghubung on a step without one plain arrow, or one connector number to two targets")
        public static let hiddenArrowMisplaced = Localized(
            id: "panah: tidak pada kegiatan tanpa satu panah polos ke kegiatan lain",
            en: "panah: tidak on a step without one plain arrow to another step")
    }
}

extension Catalog.TableConnectors {
    public static func continuesInTable(_ table: Int, step: String) -> Localized {
        Localized(id: "berlanjut ke langkah \(step) di tabel \(table)", en: "continues at step \(step) in table \(table)")
    }

    public static func continuedFromTable(_ table: Int) -> Localized {
        Localized(id: "lanjutan dari tabel \(table)", en: "continued from table \(table)")
    }

    public static func alternatives(_ count: Int) -> Localized {
        Localized(id: "\(count) prosedur pilihan: setiap kasus menjalankan satu tabel",
                  en: "\(count) alternative procedures: each case runs one table")
    }

    public static func tableStep(_ table: Int, step: String) -> Localized {
        Localized(id: "tabel \(table) langkah \(step)", en: "table \(table) step \(step)")
    }

    public static func connectorTitle(_ number: String) -> Localized {
        Localized(id: "penghubung \(number)", en: "connector \(number)")
    }

    public static let connectorMisplaced = Localized(
        id: "'penghubung' pada kegiatan hanya untuk panah polosnya yang tergambar (baris berikutnya atau lanjut); penghubung cabang ditulis di cabang ({ke: 5, label: A, penghubung: \"1\"})",
        en: "a step's 'penghubung' is only for its one drawn plain arrow (the next row or lanjut); a branch's connector goes on the branch ({ke: 5, label: A, penghubung: \"1\"})")

    public static func connectorTwoTargets(_ number: String, first: String, second: String) -> Localized {
        Localized(id: "penghubung '\(number)' menuju kegiatan \(first) dan \(second); satu nomor penghubung menandai satu tujuan",
                  en: "connector '\(number)' leads to step \(first) and to step \(second); one connector number marks one target")
    }

    public static func jointLineNotJoint(_ key: String, _ actor: String) -> Localized {
        Localized(id: "'\(key)' menyebut '\(actor)', yang tidak ada di 'bersama' kegiatan ini; tulis pelaksana itu di 'bersama' lebih dulu",
                  en: "'\(key)' names '\(actor)', which is not in the step's 'bersama'; write that actor in 'bersama' first")
    }

    public static func exitThroughWithoutArrow(_ actor: String) -> Localized {
        Localized(id: "'keluar_lewat' menyebut '\(actor)', tetapi tidak ada panah kegiatan ini ke kegiatan pelaksana itu",
                  en: "'keluar_lewat' names '\(actor)', but no arrow of this step leads to a step of that actor")
    }

    public static let hiddenArrowMisplaced = Localized(
        id: "'panah: tidak' hanya untuk kegiatan yang alurnya satu panah polos ke kegiatan lain (baris berikutnya atau lanjut), tanpa label_lanjut; cabang, paralel, selesai, berhenti dan hasil_akhir tidak berpanah polos",
        en: "'panah: tidak' is only for a step whose flow is one plain arrow to another step (the next row or lanjut), without label_lanjut; branches, paralel, selesai, berhenti and hasil_akhir draw no plain arrow")
}
