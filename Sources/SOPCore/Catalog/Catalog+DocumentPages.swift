/// The words of the document pages of `sop serve`: the SOP document (`sop render`) and the
/// report (`sop report`) in the browser.
extension Catalog {
    public enum DocumentPages {
        public static let backToWorklist = Localized(id: "← Daftar tugas", en: "← Worklist")
        public static let navigation = Localized(id: "Navigasi", en: "Navigation")
        public static let print = Localized(id: "Cetak dengan Ctrl+P (A4 mendatar).", en: "Print with Ctrl+P (A4 landscape).")
        public static let period = Localized(id: "Periode laporan", en: "Report period")
        public static let from = Localized(id: "Dari tanggal", en: "From")
        public static let to = Localized(id: "Sampai tanggal", en: "To")
        public static let show = Localized(id: "Tampilkan", en: "Show")
        public static let allTime = Localized(id: "Kosongkan keduanya untuk semua waktu.", en: "Leave both empty for all time.")
        public static let reportTitle = Localized(id: "Laporan mutu baku", en: "Quality standard report")

        public static func badDay(_ text: String) -> Localized {
            Localized(id: "'\(text)' bukan tanggal yang ada; tulis seperti 01-11-2026",
                      en: "'\(text)' is not a date that exists; write it like 01-11-2026")
        }

        public static let toBeforeFrom = Localized(id: "tanggal akhir sebelum tanggal awal",
                                                   en: "the last day is before the first")

        public static func unknownSOP(_ kode: String) -> Localized {
            Localized(id: "Tidak ada SOP bernomor '\(kode)' di folder SOP.", en: "There is no SOP numbered '\(kode)' in the SOP folder.")
        }
    }
}
