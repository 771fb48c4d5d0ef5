/// What the web desk says on a phone of a page wider than its screen (the SOP document).
extension Catalog {
    public enum PhoneScreens {}
}

extension Catalog.PhoneScreens {
    private static func both(_ id: String, _ en: String) -> Localized { Localized(id: id, en: en) }
}

extension Catalog.PhoneScreens {
    /// The SOP document page on a narrow screen.
    public static let documentWide = both(
        "Dokumen ini selebar halaman A4 mendatar: geser ke samping untuk membaca, atau buka di komputer atau cetak.",
        "This document is as wide as a landscape A4 page: scroll sideways to read it, or open it on a computer or print it.")
}
