/// What `sop lint`, `sop show` and the desk say about joint boxes (`bersama`), a path that
/// stops inside its row, and column names.
extension Catalog {
    public enum JointBoxes {}
}

extension Catalog.JointBoxes {
    public enum Summary {
        public static let jointActor = Localized(
            id: "pelaksana 'bersama' tidak dideklarasikan, pelaksana kegiatan itu sendiri, atau ditulis dua kali",
            en: "a 'bersama' actor is undeclared, the step's own performer, or written twice")
        public static let columnNameUnknown = Localized(
            id: "nama_kolom menyebut pelaksana yang bukan kolom tabel itu",
            en: "nama_kolom names an actor that is not a column of that table")
        public static let stopMisplaced = Localized(
            id: "berhenti pada baris yang tidak punya kotak lain yang melanjutkan",
            en: "berhenti in a row with no other box that goes on")
    }
}

extension Catalog.JointBoxes {
    /// A joint row's other actors, after its performer in lists and timelines.
    public static func together(_ names: [String]) -> Localized {
        Localized(id: "bersama " + names.joined(separator: " dan "), en: "with " + names.joined(separator: " and "))
    }

    public static func columnNameUnknown(_ id: String, columns: [String]) -> Localized {
        Localized(id: "nama_kolom '\(id)' bukan kolom pelaksana tabel ini; kolomnya: \(columns.joined(separator: ", "))",
                  en: "nama_kolom '\(id)' is not an actor column of this table; its columns: \(columns.joined(separator: ", "))")
    }

    public static let stopAlone = Localized(
        id: "'berhenti: ya' mengakhiri jalur di dalam baris berkotak banyak; di baris ini tidak ada kotak lain yang melanjutkan: tulis 'lanjut: selesai' (terminator akhir digambar)",
        en: "'berhenti: ya' ends a path inside a row of several boxes; no other box of this row goes on: write 'lanjut: selesai' (an end terminator is drawn)")

    public static func jointUnknown(_ id: String) -> Localized {
        Localized(id: "pelaksana bersama '\(id)' tidak dideklarasikan di 'pelaksana'",
                  en: "joint actor '\(id)' is not declared under 'pelaksana'")
    }

    public static func jointIsPerformer(_ id: String) -> Localized {
        Localized(id: "'\(id)' adalah pelaksana kegiatan ini sendiri; 'bersama' menyebut pelaksana lain yang kotaknya dihubungkan dengan garis polos",
                  en: "'\(id)' is this step's own performer; 'bersama' names other actors whose boxes are joined by a plain line")
    }

    public static func jointTwice(_ id: String) -> Localized {
        Localized(id: "pelaksana bersama '\(id)' ditulis dua kali", en: "joint actor '\(id)' is written twice")
    }

    /// `sop show`: a box whose path ends inside its row.
    public static let pathStops = Localized(
        id: "jalur berhenti di sini (tanpa panah keluar)", en: "the path stops here (no arrow out)")
}
