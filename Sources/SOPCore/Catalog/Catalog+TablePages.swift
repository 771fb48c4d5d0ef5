/// The pages of the table as signed (`tata_letak.halaman`): the rows each page begins with.
extension Catalog {
    public enum TablePages {}
}

extension Catalog.TablePages {
    public enum Summary {
        public static let pageRowUnknown = Localized(
            id: "tata_letak.halaman menyebut baris yang tidak ada, atau baris pertama",
            en: "tata_letak.halaman names a row that does not exist, or the first row")
    }
}

extension Catalog.TablePages {
    public static func pageRowUnknown(_ row: String, known: String) -> Localized {
        Localized(id: "'tata_letak.halaman' menyebut baris '\(row)', yang tidak ada di SOP ini; tulis nomor baris yang tercetak (atau id kegiatan) yang memulai halaman: \(known)",
                  en: "'tata_letak.halaman' names row '\(row)', which this SOP does not have; write the printed number (or step id) of the row the page begins with: \(known)")
    }

    public static let pageRowFirst = Localized(
        id: "'tata_letak.halaman' menyebut baris pertama tabel; halaman pertama selalu dimulai dengannya, tulis hanya baris yang memulai halaman berikutnya",
        en: "'tata_letak.halaman' names the table's first row; the first page always begins with it, write only the rows the following pages begin with")
}
