/// Finding a case at the web desk (POST /cari-kasus): by number, NIK, phone, name or title words.
extension Catalog {
    public enum CaseSearch {}
}

extension Catalog.CaseSearch {
    private static func both(_ id: String, _ en: String) -> Localized { Localized(id: id, en: en) }

    public static let findCaseLabel = both("Cari kasus", "Find a case")

    public static let findCaseHint = both(
        "Nomor kasus (01-2026-000001), NIK, nomor telepon, nama, atau kata perihal.",
        "Case number (01-2026-000001), NIK, phone number, name, or words of the title.")

    public static let searchTitle = both("Hasil pencarian kasus", "Cases found")

    public static let searchNothing = both(
        "Tidak ada kasus yang cocok dan boleh Anda baca. NIK dan nomor telepon dicari utuh.",
        "No case matches that you may read. A NIK or phone number is matched whole.")

    public static let columnStarted = both("Dimulai", "Started")

    public static func moreCases(_ shown: Int) -> Localized {
        both("Hanya \(shown) kasus pertama yang ditampilkan; persempit pencarian.", "Only the first \(shown) cases are shown; narrow the search.")
    }

    public static let searchButton = both("Cari", "Search")
}
