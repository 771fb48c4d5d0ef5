/// A line of the drawn flow printed on past its turn (`garis_ke`).
extension Catalog {
    public enum DrawnLines {}
}

extension Catalog.DrawnLines {
    public enum Summary {
        public static let lineTarget = Localized(
            id: "garis_ke tidak menuju kegiatan yang ada di tabel yang sama",
            en: "garis_ke does not lead to an existing step of the same table")
    }
}

extension Catalog.DrawnLines {
    public static func lineTargetUnknown(_ target: String, known: String) -> Localized {
        Localized(id: "'garis_ke' menuju '\(target)', yang bukan kegiatan SOP ini; kegiatan yang ada: \(known)",
                  en: "'garis_ke' leads to '\(target)', which is not a step of this SOP; the steps are: \(known)")
    }

    public static let lineTargetElsewhere = Localized(
        id: "'garis_ke' menuju kegiatan di tabel lain atau ke 'selesai'; garis tercetak hanya menuju kotak di tabel yang sama",
        en: "'garis_ke' leads to a step of another table or to 'selesai'; a printed line leads only to a box of the same table")
}
