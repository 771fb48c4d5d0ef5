/// The words of the table's pages as signed, added by `render14` (tester 14, F3):
/// `tata_letak.halaman`, the rows each page of the table begins with; the boxes of a row of
/// several read apart (F10).
extension Catalog {
    public enum Render14 {
        public enum Summary {
            public static let pageRowUnknown = Localized(
                id: "tata_letak.halaman menyebut baris yang tidak ada, atau baris pertama",
                en: "tata_letak.halaman names a row that does not exist, or the first row")
        }

        public static func pageRowUnknown(_ row: String, known: String) -> Localized {
            Localized(id: "'tata_letak.halaman' menyebut baris '\(row)', yang tidak ada di SOP ini; tulis nomor baris yang tercetak (atau id kegiatan) yang memulai halaman: \(known)",
                      en: "'tata_letak.halaman' names row '\(row)', which this SOP does not have; write the printed number (or step id) of the row the page begins with: \(known)")
        }

        /// One box of a row of several boxes, on a case's timeline ("20 · bagian Pemohon").
        public static func boxOf(_ actor: String) -> Localized {
            Localized(id: "bagian \(actor)", en: "part of \(actor)")
        }

        public static let pageRowFirst = Localized(
            id: "'tata_letak.halaman' menyebut baris pertama tabel; halaman pertama selalu dimulai dengannya, tulis hanya baris yang memulai halaman berikutnya",
            en: "'tata_letak.halaman' names the table's first row; the first page always begins with it, write only the rows the following pages begin with")
    }
}
